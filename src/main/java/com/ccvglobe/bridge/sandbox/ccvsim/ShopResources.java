package com.ccvglobe.bridge.sandbox.ccvsim;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The API root, {@code /users/}, {@code /paymethods/}, {@code /webhooks/} and {@code /webshops/}. */
final class ShopResources {

    static final List<String> EVENTS = List.of("orders.created", "orders.updated.ispaid", "orders.updated.status",
            "orders.updated.trackandtrace", "orders.deleted", "products.created", "products.updated", "products.deleted",
            "categories.created", "categories.updated", "categories.deleted", "returns.created", "returns.updated",
            "returns.deleted", "invoices.updated.status");
    private static final long WEBSHOP_ID = 1;

    private final ShopData data;
    private final SimEndpoints endpoints;
    private final SecureRandom random = new SecureRandom();

    ShopResources(ShopData data, SimEndpoints endpoints) {
        this.data = data;
        this.endpoints = endpoints;
    }

    void register() {
        endpoints.on("GET", "/", this::root);
        endpoints.on("GET", "/users", call -> SimEndpoints.page(call, users(call.param("approval_status")),
                r -> render("users", r, call)));
        endpoints.on("GET", "/users/:id", call -> one("users", call));
        endpoints.on("GET", "/paymethods", call -> SimEndpoints.flat(call, data.all("paymethods"), r -> render("paymethods", r, call)));
        endpoints.on("GET", "/webhooks", call -> SimEndpoints.page(call, data.all("webhooks"), r -> render("webhooks", r, call)));
        endpoints.on("GET", "/webhooks/:id", call -> one("webhooks", call));
        endpoints.on("POST", "/webhooks", this::createWebhook);
        endpoints.on("PATCH", "/webhooks/:id", this::patchWebhook);
        endpoints.on("DELETE", "/webhooks/:id", call -> data.delete("webhooks", call.id(0))
                ? SimResponse.noContent() : endpoints.unknownId("webhooks", call.id(0)));
        endpoints.on("GET", "/webshops", this::webshops);
        endpoints.on("GET", "/webshops/:id/settings", this::settings);
    }

    /** CCV's {@code approval_status} filter on the user list ({@code pending}/{@code accepted}). */
    private List<ObjectNode> users(String approvalStatus) {
        return approvalStatus == null ? data.all("users")
                : data.where("users", u -> approvalStatus.equals(u.path("approval_status").asText()));
    }

    private ObjectNode render(String table, ObjectNode row, SimCall call) {
        return data.render(table, row, OrderResources.base(call));
    }

    private SimResponse one(String table, SimCall call) {
        ObjectNode row = data.get(table, call.id(0));
        return row == null ? endpoints.unknownId(table, call.id(0)) : SimResponse.ok(render(table, row, call));
    }

    private SimResponse root(SimCall call) {
        ObjectNode body = SimJson.object().put("href", OrderResources.base(call) + "/");
        ArrayNode items = body.putArray("items");
        for (String name : List.of("orders", "orderrows", "users", "products", "productqueries", "attributecombinations",
                "categories", "producttocategories", "attributes", "paymethods", "packages", "brands", "webhooks", "webshops")) {
            items.addObject().put("href", OrderResources.base(call) + "/" + name + "/").put("title", name)
                    .put("description", "").put("uri", "/" + name + "/");
        }
        return SimResponse.ok(body);
    }

    private SimResponse createWebhook(SimCall call) {
        JsonNode in = call.body();
        if (!in.hasNonNull("event")) {
            return SimEndpoints.missing("event");
        }
        if (!in.hasNonNull("address")) {
            return SimEndpoints.missing("address");
        }
        if (!EVENTS.contains(in.get("event").asText())) {
            return SimResponse.error(400, "400.40", "Unknown webhook event: " + in.get("event").asText());
        }
        byte[] key = new byte[20];
        random.nextBytes(key);
        ObjectNode hook = SimJson.object().put("createdate", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .put("event", in.get("event").asText()).put("address", in.get("address").asText())
                .put("key", HexFormat.of().formatHex(key)).put("is_active", in.path("is_active").asBoolean(true));
        return SimResponse.created(render("webhooks", data.insert("webhooks", hook), call));
    }

    private SimResponse patchWebhook(SimCall call) {
        ObjectNode hook = data.get("webhooks", call.id(0));
        if (hook == null) {
            return endpoints.unknownId("webhooks", call.id(0));
        }
        JsonNode in = call.body();
        if (in.hasNonNull("address")) {
            hook.put("address", in.get("address").asText());
        }
        if (in.has("is_active")) {
            hook.put("is_active", in.get("is_active").asBoolean());
        }
        return SimResponse.noContent();
    }

    private SimResponse webshops(SimCall call) {
        ObjectNode body = SimJson.object().put("href", OrderResources.base(call) + "/webshops/");
        body.putArray("items").addObject().put("href", OrderResources.base(call) + "/webshops/" + WEBSHOP_ID + "/")
                .put("id", WEBSHOP_ID).put("name", "Demowinkel").put("is_multishop_system", false).put("is_salespos", false)
                .put("product_limit", -1).put("product_limit_left", -1).put("api_root", call.baseUrl())
                .put("create_date", "2025-01-06T09:00:00Z");
        return SimResponse.ok(body);
    }

    private SimResponse settings(SimCall call) {
        if (call.id(0) != WEBSHOP_ID) {
            return endpoints.unknownId("webshops", call.id(0));
        }
        ObjectNode body = SimJson.object().put("href", OrderResources.base(call) + "/webshops/1/settings/")
                .put("webshop_enabled", true).put("currency", "EUR").put("default_vat_rat", 21).put("prices_include_vat", true)
                .put("stock", true).put("ordering_without_stock", false);
        body.putArray("languages").add("nl").add("en").add("de");
        body.putObject("stock_level_warnings").put("low_threshold", 2).put("high_threshold", 10);
        body.set("order_status", DemoData.orderStatuses());
        return SimResponse.ok(body);
    }
}
