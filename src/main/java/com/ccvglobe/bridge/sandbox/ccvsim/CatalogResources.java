package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Categories and product↔category links, option sets ({@code attributes}, {@code attributevalues}), option
 * values on a product ({@code productattributevalues}, which regenerate the product's attribute
 * combinations), packages and brands.
 */
final class CatalogResources {

    private final ShopData data;
    private final SimEndpoints endpoints;

    CatalogResources(ShopData data, SimEndpoints endpoints) {
        this.data = data;
        this.endpoints = endpoints;
    }

    void register() {
        endpoints.on("GET", "/categories", call -> SimEndpoints.page(call, data.all("categories"), r -> render("categories", r, call)));
        endpoints.on("GET", "/categories/:id", call -> one("categories", call));
        endpoints.on("POST", "/categories", this::createCategory);
        endpoints.on("POST", "/producttocategories", this::link);
        endpoints.on("GET", "/producttocategories/:id", call -> one("producttocategories", call));
        endpoints.on("DELETE", "/producttocategories/:id", call -> data.delete("producttocategories", call.id(0))
                ? SimResponse.noContent() : endpoints.unknownId("producttocategories", call.id(0)));
        endpoints.on("GET", "/products/:id/producttocategories", call -> SimEndpoints.flat(call,
                data.where("producttocategories", l -> l.path("product_id").asLong() == call.id(0)),
                r -> render("producttocategories", r, call)));
        endpoints.on("GET", "/attributes", call -> SimEndpoints.flat(call, data.all("attributes"), r -> render("attributes", r, call)));
        endpoints.on("POST", "/attributes", this::createAttribute);
        endpoints.on("GET", "/attributes/:id/attributevalues", call -> SimEndpoints.flat(call,
                data.where("attributevalues", v -> v.path("attribute_id").asLong() == call.id(0)),
                r -> render("attributevalues", r, call)));
        endpoints.on("POST", "/attributes/:id/attributevalues", this::createValue);
        endpoints.on("GET", "/products/:id/productattributevalues", call -> SimEndpoints.page(call,
                data.where("productattributevalues", v -> v.path("product_id").asLong() == call.id(0)),
                r -> render("productattributevalues", r, call)));
        endpoints.on("POST", "/products/:id/productattributevalues", this::attachValue);
        endpoints.on("GET", "/packages", call -> SimEndpoints.flat(call, data.all("packages"), r -> render("packages", r, call)));
        endpoints.on("POST", "/packages", call -> call.body().hasNonNull("name")
                ? SimResponse.created(render("packages", data.insert("packages",
                        SimJson.object().put("name", call.body().get("name").asText())), call))
                : SimEndpoints.missing("name"));
        registerBrands();
    }

    private void registerBrands() {
        endpoints.on("GET", "/brands", call -> SimEndpoints.flat(call, data.all("brands"), r -> render("brands", r, call)));
        endpoints.on("GET", "/brands/:id", call -> one("brands", call));
        endpoints.on("POST", "/brands", call -> call.body().hasNonNull("name")
                ? SimResponse.created(render("brands", data.insert("brands",
                        SimJson.object().put("name", call.body().get("name").asText())), call))
                : SimEndpoints.missing("name"));
    }

    private ObjectNode render(String table, ObjectNode row, SimCall call) {
        return data.render(table, row, OrderResources.base(call));
    }

    private SimResponse one(String table, SimCall call) {
        ObjectNode row = data.get(table, call.id(0));
        return row == null ? endpoints.unknownId(table, call.id(0)) : SimResponse.ok(render(table, row, call));
    }

    private SimResponse createCategory(SimCall call) {
        JsonNode in = call.body();
        if (!in.hasNonNull("name")) {
            return SimEndpoints.missing("name");
        }
        long parent = in.path("parentcategory_id").asLong(0);
        if (parent != 0 && data.get("categories", parent) == null) {
            return endpoints.unknownId("categories", parent);
        }
        ObjectNode category = SimJson.object().put("name", in.get("name").asText())
                .put("description", in.path("description").asText("")).put("show_on_website", true)
                .put("position", in.path("position").asInt(data.all("categories").size() + 1)).put("parentcategory_id", parent);
        return SimResponse.created(render("categories", data.insert("categories", category), call));
    }

    private SimResponse link(SimCall call) {
        JsonNode in = call.body();
        long product = in.path("product_id").asLong(0);
        long category = in.path("category_id").asLong(0);
        if (product == 0) {
            return SimEndpoints.missing("product_id");
        }
        if (category == 0) {
            return SimEndpoints.missing("category_id");
        }
        if (data.get("products", product) == null) {
            return endpoints.unknownId("products", product);
        }
        if (data.get("categories", category) == null) {
            return endpoints.unknownId("categories", category);
        }
        if (!data.where("producttocategories", l -> l.path("product_id").asLong() == product
                && l.path("category_id").asLong() == category).isEmpty()) {
            return SimResponse.error(500, "500.40", "The product is already in this category");
        }
        ObjectNode row = SimJson.object().put("product_id", product).put("category_id", category)
                .put("position", in.path("position").asInt(data.all("producttocategories").size() + 1));
        return SimResponse.created(render("producttocategories", data.insert("producttocategories", row), call));
    }

    private SimResponse createAttribute(SimCall call) {
        JsonNode in = call.body();
        if (!in.hasNonNull("name")) {
            return SimEndpoints.missing("name");
        }
        if (!in.hasNonNull("type")) {
            return SimEndpoints.missing("type");
        }
        ObjectNode row = SimJson.object().put("name", in.get("name").asText()).put("type", in.get("type").asText());
        return SimResponse.created(render("attributes", data.insert("attributes", row), call));
    }

    private SimResponse createValue(SimCall call) {
        JsonNode in = call.body();
        if (data.get("attributes", call.id(0)) == null) {
            return endpoints.unknownId("attributes", call.id(0));
        }
        if (!in.hasNonNull("name")) {
            return SimEndpoints.missing("name");
        }
        if (!in.hasNonNull("default_price")) {
            return SimEndpoints.missing("default_price");
        }
        ObjectNode row = SimJson.object().put("name", in.get("name").asText())
                .put("default_price", in.get("default_price").asDouble()).put("attribute_id", call.id(0));
        return SimResponse.created(render("attributevalues", data.insert("attributevalues", row), call));
    }

    private SimResponse attachValue(SimCall call) {
        JsonNode in = call.body();
        long productId = call.id(0);
        if (data.get("products", productId) == null) {
            return endpoints.unknownId("products", productId);
        }
        if (!in.hasNonNull("optionvalue")) {
            return SimEndpoints.missing("optionvalue");
        }
        if (!in.hasNonNull("price")) {
            return SimEndpoints.missing("price");
        }
        ObjectNode value = data.get("attributevalues", in.get("optionvalue").asLong());
        if (value == null) {
            return endpoints.unknownId("attributevalues", in.get("optionvalue").asLong());
        }
        ObjectNode row = attachOne(data, productId, value, in.get("price").asDouble(), in.path("position").asInt(0));
        regenerateCombinations(data, productId, in.path("stock").asDouble(0));
        return SimResponse.created(render("productattributevalues", row, call));
    }

    /** Attaches every value of an option set to a product and (re)generates its combinations. */
    static void attach(ShopData data, long productId, long attributeId, double stock) {
        for (ObjectNode value : data.where("attributevalues", v -> v.path("attribute_id").asLong() == attributeId)) {
            attachOne(data, productId, value, value.path("default_price").asDouble(), 0);
        }
        regenerateCombinations(data, productId, stock == 0 ? 10 : stock);
    }

    private static ObjectNode attachOne(ShopData data, long productId, ObjectNode value, double price, int position) {
        ObjectNode attribute = data.get("attributes", value.path("attribute_id").asLong());
        ObjectNode row = SimJson.object().put("product_id", productId).put("optionid", attribute.path("id").asLong())
                .put("optionname", attribute.path("name").asText()).put("optionposition", 0)
                .put("optionvalue_id", value.path("id").asLong()).put("optionvalue_name", value.path("name").asText())
                .put("position", position).put("price", price).put("enable", true);
        return data.insert("productattributevalues", row);
    }

    /**
     * One combination per choice of one value of every option set; existing combinations keep their id, stock
     * and numbers. New ones get SKU {@code <productnumber>-<VALUE>-<VALUE>} (colours by their English code).
     */
    static void regenerateCombinations(ShopData data, long productId, double stock) {
        ObjectNode product = data.get("products", productId);
        Map<Long, List<ObjectNode>> perOption = new LinkedHashMap<>();
        for (ObjectNode v : data.where("productattributevalues", v -> v.path("product_id").asLong() == productId)) {
            perOption.computeIfAbsent(v.path("optionid").asLong(), k -> new ArrayList<>()).add(v);
        }
        List<List<ObjectNode>> choices = List.of(List.of());
        for (List<ObjectNode> values : perOption.values()) {
            List<List<ObjectNode>> next = new ArrayList<>();
            for (List<ObjectNode> prefix : choices) {
                for (ObjectNode v : values) {
                    List<ObjectNode> extended = new ArrayList<>(prefix);
                    extended.add(v);
                    next.add(extended);
                }
            }
            choices = next;
        }
        List<String> wanted = choices.stream().map(c -> c.stream().map(v -> v.path("optionvalue_id").asLong() + ",")
                .reduce("", String::concat)).toList();
        List<ObjectNode> existing = new ArrayList<>();
        for (ObjectNode c : data.where("attributecombinations", c -> c.path("product_id").asLong() == productId)) {
            if (wanted.contains(c.path("value_key").asText())) {
                existing.add(c);
            } else {
                data.delete("attributecombinations", c.path("id").asLong());
            }
        }
        for (List<ObjectNode> choice : choices) {
            StringBuilder key = new StringBuilder();
            StringBuilder sku = new StringBuilder(product.path("productnumber").asText());
            ArrayNode combination = SimJson.array();
            double extra = 0;
            for (ObjectNode v : choice) {
                key.append(v.path("optionvalue_id").asLong()).append(',');
                String name = v.path("optionvalue_name").asText();
                sku.append('-').append(DemoData.COLOURS.entrySet().stream().filter(e -> e.getValue().equals(name))
                        .map(Map.Entry::getKey).findFirst().orElse(name.toUpperCase()));
                extra += v.path("price").asDouble();
                ObjectNode part = combination.addObject();
                part.putObject("attribute").put("id", v.path("optionid").asLong()).put("name", v.path("optionname").asText());
                part.putObject("attribute_value").put("id", v.path("optionvalue_id").asLong()).put("name", name);
                part.put("extra_price", v.path("price").asDouble());
            }
            if (choice.isEmpty() || existing.stream().anyMatch(c -> key.toString().equals(c.path("value_key").asText()))) {
                continue;
            }
            data.insert("attributecombinations", SimJson.object().put("product_id", productId).put("note", "")
                    .put("stock", stock).put("netto_extra_price", extra).put("ordering_without_stock", "global_setting")
                    .put("product_number", sku.toString()).put("ean_number", "").put("sku_number", sku.toString())
                    .put("delivery_time", 0).put("delivery_time_type", "days").put("delivery_default_text", "")
                    .put("active", true).put("value_key", key.toString()).set("combination", combination));
        }
    }
}
