package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.FieldProvenance;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CCV product fields a Globe item should have: the mapping's {@code fields.articles.product} rules, the price as
 * the shop shows it, {@code active} from the item's condition (A = active; blocked, discontinued, inactive and
 * future items are deactivated, never deleted), stock management from the item's stock flag, and the stock type
 * (on the attribute combinations for a variant family). Checked against CCV's limits before anything is sent.
 */
@ApplicationScoped
public class ProductFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShopPricing pricing;
    private final ProductSpecs specs;

    public ProductFields(ShopPricing pricing, ProductSpecs specs) {
        this.pricing = pricing;
        this.specs = specs;
    }

    public Map<String, Object> of(ArticleUnit unit, Mapping mapping) {
        return body(unit, mapping).values();
    }

    /** The fields with, for each, the mapping rule or flow step it came from. */
    public DocumentBody body(ArticleUnit unit, Mapping mapping) {
        GlobeRecord item = unit.main();
        JsonNode source = JSON.valueToTree(item.values());
        DocumentBody fields = DocumentBody.of(FieldMapper.apply(mapping, "articles.product", source,
                MappingContext.of("SKU " + unit.sku())));
        fields.byFlow("productnumber", unit.sku(), "the Globe item code (or family code) is the SKU");
        Object mapped = fields.get("price");
        BigDecimal price = mapped instanceof BigDecimal b ? b : mapped instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (price != null) {
            FieldProvenance rule = fields.source("price");
            String shown = "as the shop shows prices (bridge.articles.price-includes-vat)";
            fields.put("price", pricing.shown(price, item.text("SalesVATCode"), unit.sku()), rule == null
                    ? DocumentBody.flow("price", shown) : new FieldProvenance("price", rule.rule() + ", then " + shown,
                            rule.file(), rule.line()));
        }
        fields.byFlow("active", active(unit), "the item's condition: A is active (a family: any active variant)");
        fields.byFlow("stockenabled", item.flag("IsStockItem") || unit.hasVariants(), "the item's IsStockItem (or a family)");
        fields.byFlow("stocktype", unit.hasVariants() ? "attribute" : "product",
                "attribute for a variant family, else product");
        ProductIds.add(fields, unit, mapping);
        specs.add(fields, item, mapping);
        ArticleChecks.check(unit.sku(), fields.values());
        return fields;
    }

    /** Active when the main item is (condition A); a family also while any of its variants is. */
    static boolean active(ArticleUnit unit) {
        if (unit.hasVariants()) {
            return unit.variants().stream().anyMatch(v -> active(v.item()));
        }
        return active(unit.main());
    }

    static boolean active(GlobeRecord item) {
        String condition = item.text("Condition");
        return (condition == null || condition.isBlank() || "A".equalsIgnoreCase(condition.trim()))
                && !"B".equalsIgnoreCase(String.valueOf(item.text("Blocked")).trim())
                && !"D".equalsIgnoreCase(String.valueOf(item.text("Blocked")).trim());
    }
}
