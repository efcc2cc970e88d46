package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.FieldMapper;
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

    public ProductFields(ShopPricing pricing) {
        this.pricing = pricing;
    }

    public Map<String, Object> of(ArticleUnit unit, Mapping mapping) {
        GlobeRecord item = unit.main();
        JsonNode source = JSON.valueToTree(item.values());
        Map<String, Object> fields = new LinkedHashMap<>(FieldMapper.apply(mapping, "articles.product", source,
                MappingContext.of("SKU " + unit.sku())).values());
        fields.put("productnumber", unit.sku());
        if (fields.get("price") instanceof BigDecimal price) {
            fields.put("price", pricing.shown(price, item.text("SalesVATCode"), unit.sku()));
        } else if (fields.get("price") instanceof Number price) {
            fields.put("price", pricing.shown(new BigDecimal(price.toString()), item.text("SalesVATCode"), unit.sku()));
        }
        fields.put("active", active(unit));
        fields.put("stockenabled", item.flag("IsStockItem") || unit.hasVariants());
        fields.put("stocktype", unit.hasVariants() ? "attribute" : "product");
        ArticleChecks.check(unit.sku(), fields);
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
