package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Products, their variants (attribute combinations) and their photo. Look a product up by SKU before creating
 * it: a POST is never retried. Bean {@code ccvProducts}.
 */
public class CcvProducts {

    private final CcvApi api;

    public CcvProducts(CcvApi api) {
        this.api = api;
    }

    /** The product with this product number (SKU), via {@code /products?productnumber=} (150/min, not productqueries). */
    public Optional<CcvProduct> findByProductnumber(String productnumber) {
        return api.getAll("/products", CcvApi.Query.of().with("productnumber", productnumber), CcvProduct.class).stream()
                .filter(p -> productnumber.equals(p.productnumber())).findFirst();
    }

    /**
     * The product with this product number as CCV sent it (every field, for comparing with what the bridge would
     * write), via {@code /products?productnumber=}.
     */
    public Optional<JsonNode> findFieldsByProductnumber(String productnumber) {
        return api.getAll("/products", CcvApi.Query.of().with("productnumber", productnumber), JsonNode.class).stream()
                .filter(p -> productnumber.equals(p.path("productnumber").asText())).findFirst();
    }

    /**
     * The whole catalogue in one pass: every product as CCV sent it, in pages of {@code pageSize} (at most 250), each
     * with its attribute combinations inlined ({@code expand=attributecombinations}: field
     * {@code attributecombinations.collection}). One GET per page, none per product.
     */
    public List<JsonNode> catalogue(int pageSize) {
        return api.getAll("/products", CcvApi.Query.of().with("expand", "attributecombinations"), JsonNode.class, pageSize);
    }

    /** The combinations a product read with {@code expand=attributecombinations} carries (empty when not expanded). */
    public static List<CcvAttributeCombination> expandedCombinations(JsonNode product) {
        List<CcvAttributeCombination> out = new ArrayList<>();
        for (JsonNode combination : product.path("attributecombinations").path("collection")) {
            try {
                out.add(CcvApi.JSON.treeToValue(combination, CcvAttributeCombination.class));
            } catch (JsonProcessingException e) {
                throw new CcvUnavailableException(200, null, null, "CCV sent a combination that is not one", e);
            }
        }
        return out;
    }

    /** Creates a product from CCV field names and values (e.g. from the mapping); returns its new id. */
    public long create(Map<String, ?> fields) {
        JsonNode created = api.post("/products", fields, JsonNode.class);
        if (created == null || !created.hasNonNull("id")) {
            throw new CcvUnavailableException(201, null, null, "CCV created a product but sent no id", null);
        }
        return created.get("id").asLong();
    }

    /** PATCHes only the given CCV fields. */
    public void update(long id, Map<String, ?> changes) {
        api.patch("/products/" + id, changes);
    }

    public CcvProduct product(long id) {
        return api.get("/products/" + id, null, CcvProduct.class);
    }

    /** Every product, all pages. */
    public List<CcvProduct> all() {
        return api.getAll("/products", null, CcvProduct.class);
    }

    /** Creates a product; returns it with its new id. */
    public CcvProduct create(CcvProductInput product) {
        return api.post("/products", product, CcvProduct.class);
    }

    public void update(long id, CcvProductInput changes) {
        api.patch("/products/" + id, changes);
    }

    public void setActive(long id, boolean active) {
        update(id, CcvProductInput.active(active));
    }

    /** Product-level stock (absolute, never a delta). */
    public void setStock(long id, BigDecimal stock) {
        update(id, CcvProductInput.stock(stock));
    }

    public List<CcvAttributeCombination> combinations(long productId) {
        return api.getAll("/products/" + productId + "/attributecombinations", null, CcvAttributeCombination.class);
    }

    public void updateCombination(long combinationId, CcvAttributeCombination.Update changes) {
        api.patch("/attributecombinations/" + combinationId, changes);
    }

    /** Variant stock (absolute). */
    public void setCombinationStock(long combinationId, BigDecimal stock) {
        updateCombination(combinationId, CcvAttributeCombination.Update.stock(stock));
    }

    public List<CcvProductPhoto> photos(long productId) {
        return api.getAll("/products/" + productId + "/productphotos", null, CcvProductPhoto.class);
    }

    /** Replaces all photos of the product by this one (PUT, idempotent). */
    public void replacePhoto(long productId, CcvProductPhoto.Input photo) {
        api.put("/products/" + productId + "/productphotos", new Photos(List.of(photo)));
    }

    record Photos(List<CcvProductPhoto.Input> productphotos) {
    }
}
