package com.ccvglobe.bridge.articles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.ccvglobe.bridge.sandbox.ccvsim.ShopData;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A full compare writes to every sandbox product, also the demo products other test classes rely on (prices,
 * discounts, tariffs, combinations). This puts the products and their side rows back as they were: changed and
 * deleted rows return under their own ids, rows added to products that existed before are removed. Categories and
 * rows of products made meanwhile stay (the state store links to them).
 */
final class DemoShopSnapshot {

    private static final List<String> TABLES = List.of("products", "attributecombinations", "productattributevalues",
            "producttocategories", "productphotos");

    private final ShopData data;
    private final Map<String, List<ObjectNode>> rows = new HashMap<>();
    private final Set<Long> products;

    DemoShopSnapshot(ShopData data) {
        this.data = data;
        synchronized (data) {
            TABLES.forEach(t -> rows.put(t, data.all(t).stream().map(ObjectNode::deepCopy).toList()));
        }
        this.products = rows.get("products").stream().map(p -> p.path("id").asLong()).collect(Collectors.toSet());
    }

    void restore() {
        synchronized (data) {
            for (String table : TABLES) {
                Set<Long> before = rows.get(table).stream().map(r -> r.path("id").asLong()).collect(Collectors.toSet());
                if (!"products".equals(table)) {
                    data.where(table, r -> products.contains(r.path("product_id").asLong())
                            && !before.contains(r.path("id").asLong())).forEach(r -> data.delete(table, r.path("id").asLong()));
                }
                rows.get(table).forEach(r -> data.put(table, r.deepCopy()));
            }
        }
    }
}
