package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /products/} (read {@code is_active}, write {@code active}), {@code /productqueries/},
 * {@code /attributecombinations/} and {@code /products/:id/productphotos/} (base64 upload, PUT replaces all).
 */
final class ProductResources {

    private static final Set<String> WRITABLE = Set.of("productnumber", "eannumber", "mpnnumber", "name",
            "shortdescription", "description", "vatrate", "taxtariff", "price", "discount", "purchaseprice", "unit",
            "stockenabled", "stocktype", "stock", "stocklocation", "ordering_without_stock", "weight", "package_id",
            "meta_description", "meta_keywords", "page_title", "memo", "photo_size", "minimal_order_amount", "brand_id", "specs");
    private static final Set<String> COMBINATION_WRITABLE = Set.of("note", "stock", "product_number", "ean_number",
            "sku_number", "delivery_time", "delivery_time_type", "delivery_default_text", "active");
    private static final Set<String> PHOTO_TYPES = Set.of("jpg", "jpeg", "png", "gif", "webp");

    private final ShopData data;
    private final SimEndpoints endpoints;
    private final SimWebhookSender webhooks;
    private final ProductExpands expands;

    ProductResources(ShopData data, SimEndpoints endpoints, SimWebhookSender webhooks) {
        this.data = data;
        this.endpoints = endpoints;
        this.webhooks = webhooks;
        this.expands = new ProductExpands(data);
    }

    void register() {
        endpoints.on("GET", "/products", call -> list(call, false));
        endpoints.on("GET", "/productqueries", call -> list(call, true));
        endpoints.on("GET", "/products/:id", this::oneProduct);
        endpoints.on("POST", "/products", this::create);
        endpoints.on("PATCH", "/products/:id", this::patch);
        endpoints.on("DELETE", "/products/:id", this::delete);
        endpoints.on("GET", "/products/:id/attributecombinations", call -> children(call, "attributecombinations"));
        endpoints.on("GET", "/attributecombinations/:id", call -> one("attributecombinations", call.id(0), call));
        endpoints.on("PATCH", "/attributecombinations/:id", this::patchCombination);
        endpoints.on("GET", "/products/:id/productphotos", call -> children(call, "productphotos"));
        endpoints.on("POST", "/products/:id/productphotos", this::addPhoto);
        endpoints.on("PUT", "/products/:id/productphotos", this::replacePhotos);
        endpoints.on("DELETE", "/productphotos/:id", call -> data.delete("productphotos", call.id(0))
                ? SimResponse.noContent() : endpoints.unknownId("productphotos", call.id(0)));
    }

    private SimResponse one(String table, long id, SimCall call) {
        ObjectNode row = data.get(table, id);
        return row == null ? endpoints.unknownId(table, id)
                : SimResponse.ok(data.render(table, row, OrderResources.base(call)));
    }

    private SimResponse list(SimCall call, boolean query) {
        Predicate<ObjectNode> p = o -> true;
        boolean any = false;
        for (String field : List.of("productnumber", "eannumber", "mpnnumber")) {
            String value = call.param(field);
            if (value != null) {
                any = true;
                p = p.and(o -> value.equals(o.path(field).asText()) || (query && matchesCombination(o, field, value)));
            }
        }
        if (query && call.param("skunumber") != null) {
            any = true;
            p = p.and(o -> matchesCombination(o, "skunumber", call.param("skunumber")));
        }
        if (query && !any) {
            return SimResponse.error(400, "400.20", "productqueries needs productnumber, eannumber, mpnnumber or skunumber");
        }
        if (call.param("active") != null) {
            boolean active;
            try {
                active = OrderResources.bool("active", call.param("active"));
            } catch (IllegalArgumentException e) {
                return SimResponse.error(400, "400.20", e.getMessage());
            }
            p = p.and(o -> o.path("is_active").asBoolean() == active);
        }
        if (call.param("productname") != null) {
            String name = call.param("productname").toLowerCase();
            p = p.and(o -> o.path("name").asText().toLowerCase().contains(name));
        }
        List<String> expand = ProductExpands.parse(call);
        if (expand == null) {
            return ProductExpands.refused();
        }
        return SimEndpoints.page(call, data.where("products", p), o -> expands.render(o, expand, call));
    }

    private SimResponse oneProduct(SimCall call) {
        ObjectNode row = data.get("products", call.id(0));
        List<String> expand = ProductExpands.parse(call);
        if (expand == null) {
            return ProductExpands.refused();
        }
        return row == null ? endpoints.unknownId("products", call.id(0)) : SimResponse.ok(expands.render(row, expand, call));
    }


    private boolean matchesCombination(ObjectNode product, String field, String value) {
        String column = switch (field) {
            case "productnumber" -> "product_number";
            case "eannumber" -> "ean_number";
            case "skunumber" -> "sku_number";
            default -> "-";
        };
        long id = product.path("id").asLong();
        return !data.where("attributecombinations", c -> c.path("product_id").asLong() == id
                && value.equals(c.path(column).asText())).isEmpty();
    }

    private SimResponse children(SimCall call, String table) {
        long productId = call.id(0);
        if (data.get("products", productId) == null) {
            return endpoints.unknownId("products", productId);
        }
        return SimEndpoints.flat(call, data.where(table, c -> c.path("product_id").asLong() == productId),
                c -> data.render(table, c, OrderResources.base(call)));
    }

    private SimResponse create(SimCall call) {
        JsonNode in = call.body();
        for (String required : List.of("name", "price", "discount", "package_id")) {
            if (!in.hasNonNull(required)) {
                return SimEndpoints.missing(required);
            }
        }
        if (!in.hasNonNull("taxtariff") && !in.hasNonNull("vatrate")) {
            return SimEndpoints.missing("taxtariff");
        }
        SimResponse unknown = unknownReference(in);
        if (unknown != null) {
            return unknown;
        }
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode product = SimJson.object().put("productnumber", "").put("eannumber", "").put("mpnnumber", "")
                .put("shortdescription", "").put("description", "").put("is_active", true).put("stockenabled", false)
                .put("stocktype", "product").put("stock", 0).put("unit", "stuk").put("specs", "").put("weight", 0).putNull("productmainphoto")
                .put("createdate", now).put("modifydate", now).put("is_multishop_product", false);
        apply(product, in);
        data.insert("products", product);
        webhooks.fire("products.created", notification(product, call));
        return SimResponse.created(data.render("products", product, OrderResources.base(call)));
    }

    private SimResponse patch(SimCall call) {
        ObjectNode product = data.get("products", call.id(0));
        if (product == null) {
            return endpoints.unknownId("products", call.id(0));
        }
        SimResponse unknown = unknownReference(call.body());
        if (unknown != null) {
            return unknown;
        }
        apply(product, call.body());
        product.put("modifydate", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        webhooks.fire("products.updated", notification(product, call));
        return SimResponse.noContent();
    }

    private SimResponse delete(SimCall call) {
        ObjectNode product = data.get("products", call.id(0));
        if (product == null) {
            return endpoints.unknownId("products", call.id(0));
        }
        data.delete("products", call.id(0));
        webhooks.fire("products.deleted", notification(product, call));
        return SimResponse.noContent();
    }

    /** A {@code brand_id} or {@code package_id} the shop does not have. */
    private SimResponse unknownReference(JsonNode in) {
        for (String[] ref : new String[][] { { "brand_id", "brands" }, { "package_id", "packages" } }) {
            if (in.hasNonNull(ref[0]) && in.get(ref[0]).asLong(0) != 0 && data.get(ref[1], in.get(ref[0]).asLong()) == null) {
                return endpoints.unknownId(ref[1], in.get(ref[0]).asLong());
            }
        }
        return null;
    }

    /** Writes use {@code active}; the product shows it as {@code is_active}. */
    private static void apply(ObjectNode product, JsonNode in) {
        in.fields().forEachRemaining(f -> {
            if (WRITABLE.contains(f.getKey())) {
                product.set(f.getKey(), f.getValue());
            } else if ("active".equals(f.getKey())) {
                product.put("is_active", f.getValue().asBoolean());
            }
        });
    }

    private static ObjectNode notification(ObjectNode product, SimCall call) {
        return SimJson.object().put("href", OrderResources.base(call) + "/products/" + product.path("id").asLong())
                .put("id", product.path("id").asLong()).put("productnumber", product.path("productnumber").asText());
    }

    private SimResponse patchCombination(SimCall call) {
        ObjectNode combo = data.get("attributecombinations", call.id(0));
        if (combo == null) {
            return endpoints.unknownId("attributecombinations", call.id(0));
        }
        call.body().fields().forEachRemaining(f -> {
            if (COMBINATION_WRITABLE.contains(f.getKey())) {
                combo.set(f.getKey(), f.getValue());
            }
        });
        return SimResponse.noContent();
    }

    private SimResponse addPhoto(SimCall call) {
        long productId = call.id(0);
        if (data.get("products", productId) == null) {
            return endpoints.unknownId("products", productId);
        }
        SimResponse invalid = checkPhoto(call.body());
        if (invalid != null) {
            return invalid;
        }
        ObjectNode photo = storePhoto(productId, call.body());
        return SimResponse.created(data.render("productphotos", photo, OrderResources.base(call)));
    }

    private SimResponse replacePhotos(SimCall call) {
        long productId = call.id(0);
        if (data.get("products", productId) == null) {
            return endpoints.unknownId("products", productId);
        }
        JsonNode photos = call.body().path("productphotos");
        if (!photos.isArray()) {
            return SimEndpoints.missing("productphotos");
        }
        for (JsonNode photo : photos) {
            SimResponse invalid = checkPhoto(photo);
            if (invalid != null) {
                return invalid;
            }
        }
        data.where("productphotos", p -> p.path("product_id").asLong() == productId)
                .forEach(p -> data.delete("productphotos", p.path("id").asLong()));
        photos.forEach(photo -> storePhoto(productId, photo));
        return SimResponse.noContent();
    }

    private static SimResponse checkPhoto(JsonNode photo) {
        if (!photo.hasNonNull("source")) {
            return SimEndpoints.missing("source");
        }
        if (!photo.hasNonNull("file_type")) {
            return SimEndpoints.missing("file_type");
        }
        if (!PHOTO_TYPES.contains(photo.get("file_type").asText().toLowerCase())) {
            return SimResponse.error(500, "500.22", "File type is not valid");
        }
        String source = photo.get("source").asText();
        try {
            if (source.startsWith("data:")) {
                throw new IllegalArgumentException("data URI prefix");
            }
            Base64.getDecoder().decode(source);
        } catch (IllegalArgumentException e) {
            return SimResponse.error(500, "500.23", "File could not be saved: source must be plain base64");
        }
        return null;
    }

    private ObjectNode storePhoto(long productId, JsonNode in) {
        ObjectNode product = data.get("products", productId);
        ObjectNode photo = SimJson.object().put("product_id", productId).put("alttext", in.path("alttext").asText(""))
                .put("is_mainphoto", in.path("is_mainphoto").asBoolean(false));
        data.insert("productphotos", photo);
        String file = "p" + photo.path("id").asLong() + "." + in.path("file_type").asText().toLowerCase();
        photo.put("filename", file).put("deeplink", "https://demo.ccvshop.example/Files/" + file);
        if (photo.path("is_mainphoto").asBoolean()) {
            product.put("productmainphoto", photo.path("deeplink").asText());
        }
        return photo;
    }
}
