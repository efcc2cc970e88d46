package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shop's state: one table of JSON objects per resource, ids handed out per table. Objects are stored
 * without links; {@link #render} adds {@code href}, {@code parent} and child links the way CCV shows them.
 */
public final class ShopData {

    private static final Map<String, Long> ID_BASE = Map.ofEntries(Map.entry("orders", 339_300_000L),
            Map.entry("orderrows", 648_200_000L), Map.entry("users", 24_460_000L), Map.entry("products", 845_750_000L),
            Map.entry("attributecombinations", 51_200_000L), Map.entry("categories", 1_200_000L),
            Map.entry("producttocategories", 7_700_000L), Map.entry("productphotos", 90_100_000L),
            Map.entry("attributes", 410_000L), Map.entry("attributevalues", 2_310_000L),
            Map.entry("productattributevalues", 36_500_000L), Map.entry("webhooks", 880_000L),
            Map.entry("paymethods", 0L), Map.entry("packages", 1_664_900L),
            Map.entry("brands", 31_000L));

    private final Map<String, TreeMap<Long, ObjectNode>> tables = new LinkedHashMap<>();
    private final Map<String, Long> lastId = new LinkedHashMap<>();
    private long lastOrderNumber;

    public synchronized ObjectNode insert(String table, ObjectNode row) {
        long id = lastId.merge(table, ID_BASE.getOrDefault(table, 1_000L) + 1, (a, b) -> a + 1);
        row.put("id", id);
        tables.computeIfAbsent(table, t -> new TreeMap<>()).put(id, row);
        return row;
    }

    /** Puts a row back under its own id (e.g. a test restoring the demo shop after a full compare). */
    public synchronized void put(String table, ObjectNode row) {
        tables.computeIfAbsent(table, t -> new TreeMap<>()).put(row.path("id").asLong(), row);
    }

    public synchronized ObjectNode get(String table, long id) {
        TreeMap<Long, ObjectNode> rows = tables.get(table);
        return rows == null ? null : rows.get(id);
    }

    public synchronized List<ObjectNode> all(String table) {
        TreeMap<Long, ObjectNode> rows = tables.get(table);
        return rows == null ? List.of() : new ArrayList<>(rows.values());
    }

    public synchronized List<ObjectNode> where(String table, Predicate<ObjectNode> filter) {
        return all(table).stream().filter(filter).toList();
    }

    public synchronized boolean delete(String table, long id) {
        TreeMap<Long, ObjectNode> rows = tables.get(table);
        return rows != null && rows.remove(id) != null;
    }

    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((name, rows) -> counts.put(name, rows.size()));
        return counts;
    }

    synchronized long nextOrderNumber() {
        return ++lastOrderNumber;
    }

    /** The object as the API shows it, with links under {@code base} ({@code http://host/api/rest/v1}). */
    ObjectNode render(String table, ObjectNode stored, String base) {
        ObjectNode out = stored.deepCopy();
        long id = stored.path("id").asLong();
        switch (table) {
            case "orders" -> {
                String self = base + "/orders/" + id + "/";
                out.put("href", self);
                for (String child : List.of("orderrows", "ordernotes", "ordermessages", "ordernotifications",
                        "orderaffiliatenetworks", "orderlabels", "invoices")) {
                    out.set(child, SimJson.link(self + child + "/"));
                }
                ObjectNode user = (ObjectNode) out.path("user");
                if (user.hasNonNull("id")) {
                    user.put("href", base + "/users/" + user.path("id").asText());
                }
            }
            case "orderrows" -> {
                out.put("href", base + "/orderrows/" + id + "/");
                out.set("parent", SimJson.link(base + "/orders/" + stored.path("order_id").asLong()));
                if (stored.hasNonNull("product_id")) {
                    out.put("product_href", base + "/products/" + stored.path("product_id").asLong());
                }
            }
            case "products" -> {
                String self = base + "/products/" + id;
                out.put("href", self);
                for (String child : List.of("attributecombinations", "productphotos", "producttocategories",
                        "productattributevalues", "productattributesets", "productvariations")) {
                    out.set(child, SimJson.link(self + "/" + child + "/"));
                }
                if (stored.hasNonNull("package_id")) {
                    out.set("package", SimJson.link(base + "/packages/" + stored.path("package_id").asLong())
                            .put("id", stored.path("package_id").asLong()));
                }
                out.remove("package_id");
                long brand = stored.path("brand_id").asLong(0);
                ObjectNode brandRow = brand == 0 ? null : get("brands", brand);
                out.set("brand", brandRow == null ? null : SimJson.link(base + "/brands/" + brand + "/").put("id", brand)
                        .put("name", brandRow.path("name").asText()));
                out.remove("brand_id");
            }
            case "attributecombinations", "productphotos", "productattributevalues" -> {
                out.put("href", base + "/" + table + "/" + id + "/");
                out.set("parent", SimJson.link(base + "/products/" + stored.path("product_id").asLong()));
                out.remove("value_key");
            }
            case "producttocategories" -> {
                out.put("href", base + "/producttocategories/" + id + "/");
                out.put("product_href", base + "/products/" + stored.path("product_id").asLong());
                out.put("category_href", base + "/categories/" + stored.path("category_id").asLong());
            }
            case "attributevalues" -> {
                out.put("href", base + "/attributevalues/" + id + "/");
                out.set("parent", SimJson.link(base + "/attributes/" + stored.path("attribute_id").asLong()));
            }
            case "attributes" -> {
                out.put("href", base + "/attributes/" + id + "/");
                out.set("attribute_values", SimJson.link(base + "/attributes/" + id + "/attributevalues/"));
            }
            case "categories" -> {
                out.put("href", base + "/categories/" + id + "/");
                out.set("producttocategories", SimJson.link(base + "/categories/" + id + "/producttocategories/"));
                long parent = stored.path("parentcategory_id").asLong(0);
                out.remove("parentcategory_id");
                out.set("parentcategory", parent == 0 ? null
                        : SimJson.link(base + "/categories/" + parent + "/").put("id", parent));
            }
            default -> {
                out.put("href", base + "/" + table + "/" + id + "/");
                out.set("parent", SimJson.link(base + "/" + table + "/"));
            }
        }
        return out;
    }
}
