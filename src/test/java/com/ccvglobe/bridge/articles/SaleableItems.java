package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test data: the properties of an active, sold stock item as the sandbox Globe's demo administration has them, and the
 * look-ups the articles tests share (items into the Globe simulator, products out of the CCV simulator).
 */
final class SaleableItems {

    private SaleableItems() {
    }

    static Map<String, Object> item(String code, String description, String price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ItemCode", code);
        item.put("Description0", description);
        item.put("SalesPrice", new BigDecimal(price));
        item.put("SalesCurrency", "EUR");
        item.put("Condition", "A");
        item.put("Type", "S");
        item.put("IsSalesItem", true);
        item.put("IsPurchaseItem", true);
        item.put("IsStockItem", true);
        item.put("Assortment", 1);
        item.put("SalesVATCode", "2");
        item.put("GLAccountRevenue", "8000");
        item.put("GLAccountDistribution", "3000");
        item.put("Warehouse", "1");
        return item;
    }

    /** Creates a saleable item in Globe with {@code extra} properties laid over the defaults. */
    static void create(GlobeEntityClient globe, String code, String description, String price, Map<String, Object> extra) {
        Map<String, Object> item = item(code, description, price);
        item.putAll(extra);
        globe.create("Item", item);
    }

    /** The CCV products with this SKU. */
    static List<ObjectNode> products(CcvShopSimulator ccv, String sku) {
        return ccv.data().where("products", p -> sku.equals(p.path("productnumber").asText()));
    }

    /** The one CCV product with this SKU. */
    static ObjectNode product(CcvShopSimulator ccv, String sku) {
        List<ObjectNode> found = products(ccv, sku);
        assertThat(found).as("CCV products " + sku).hasSize(1);
        return found.get(0);
    }
}
