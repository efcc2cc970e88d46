package com.ccvglobe.bridge.ccvshop;

import java.util.List;
import java.util.Optional;

/**
 * Categories, product↔category links and option sets (attributes, their values, values on a product, which
 * make CCV generate the product's combinations). Bean {@code ccvCatalog}.
 */
public class CcvCatalog {

    private final CcvApi api;

    public CcvCatalog(CcvApi api) {
        this.api = api;
    }

    public List<CcvCategory> categories() {
        return api.getAll("/categories", null, CcvCategory.class);
    }

    /** The category with this name under {@code parentId} (null: top level). CCV has no name filter: reads all. */
    public Optional<CcvCategory> findCategory(String name, Long parentId) {
        return categories().stream().filter(c -> name.equalsIgnoreCase(c.name()))
                .filter(c -> parentId == null ? c.parentcategory() == null || c.parentcategory().id() == null
                        : c.parentcategory() != null && parentId.equals(c.parentcategory().id()))
                .findFirst();
    }

    public CcvCategory createCategory(CcvCategory.Input category) {
        return api.post("/categories", category, CcvCategory.class);
    }

    public List<CcvCategory.ProductLink> productCategories(long productId) {
        return api.getAll("/products/" + productId + "/producttocategories", null, CcvCategory.ProductLink.class);
    }

    /** Puts a product in a category. */
    public CcvCategory.ProductLink link(long productId, long categoryId) {
        return api.post("/producttocategories", new LinkInput(productId, categoryId), CcvCategory.ProductLink.class);
    }

    /** Takes a product out of a category (the link id from {@link #productCategories}). */
    public void unlink(long productToCategoryId) {
        api.delete("/producttocategories/" + productToCategoryId);
    }

    public List<CcvAttribute> attributes() {
        return api.getAll("/attributes", null, CcvAttribute.class);
    }

    public CcvAttribute createAttribute(String name, String type) {
        return api.post("/attributes", new AttributeInput(name, type), CcvAttribute.class);
    }

    public List<CcvAttribute.Value> attributeValues(long attributeId) {
        return api.getAll("/attributes/" + attributeId + "/attributevalues", null, CcvAttribute.Value.class);
    }

    public CcvAttribute.Value createAttributeValue(long attributeId, String name, java.math.BigDecimal defaultPrice) {
        return api.post("/attributes/" + attributeId + "/attributevalues", new ValueInput(name, defaultPrice),
                CcvAttribute.Value.class);
    }

    public List<CcvAttribute.ProductValue> productAttributeValues(long productId) {
        return api.getAll("/products/" + productId + "/productattributevalues", null, CcvAttribute.ProductValue.class);
    }

    public CcvAttribute.ProductValue addProductAttributeValue(long productId, CcvAttribute.ProductValueInput value) {
        return api.post("/products/" + productId + "/productattributevalues", value, CcvAttribute.ProductValue.class);
    }

    record LinkInput(long productId, long categoryId) {
    }

    record AttributeInput(String name, String type) {
    }

    record ValueInput(String name, java.math.BigDecimal defaultPrice) {
    }
}
