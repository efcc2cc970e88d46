package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: the properties of an active, sold stock item as the sandbox Globe's demo administration has them. */
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
}
