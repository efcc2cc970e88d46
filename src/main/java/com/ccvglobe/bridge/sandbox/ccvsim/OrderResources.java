package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /orders/}, {@code /orders/:id/}, {@code /orders/:id/orderrows/}, {@code /orderrows/:id/}: the list
 * filters of the reference ({@code is_completed} defaults to true), sorting, PATCH of status / paid / track &
 * trace / note / mail with the {@code orders.updated.*} webhooks, and POST with {@code orders.created}.
 */
final class OrderResources {

    private static final Set<String> SORTABLE = Set.of("id", "ordernumber", "create_date", "deliver_date");

    private final ShopData data;
    private final SimEndpoints endpoints;
    private final SimWebhookSender webhooks;

    OrderResources(ShopData data, SimEndpoints endpoints, SimWebhookSender webhooks) {
        this.data = data;
        this.endpoints = endpoints;
        this.webhooks = webhooks;
    }

    void register() {
        endpoints.on("GET", "/orders", this::list);
        endpoints.on("GET", "/orders/:id", call -> one("orders", call.id(0), call));
        endpoints.on("PATCH", "/orders/:id", this::patch);
        endpoints.on("POST", "/orders", this::create);
        endpoints.on("GET", "/orders/:id/orderrows", this::rows);
        endpoints.on("GET", "/orderrows/:id", call -> one("orderrows", call.id(0), call));
    }

    private SimResponse one(String table, long id, SimCall call) {
        ObjectNode row = data.get(table, id);
        return row == null ? endpoints.unknownId(table, id) : SimResponse.ok(data.render(table, row, base(call)));
    }

    private SimResponse list(SimCall call) {
        Predicate<ObjectNode> filter;
        try {
            filter = filter(call);
        } catch (IllegalArgumentException e) {
            return SimResponse.error(400, "400.20", e.getMessage());
        }
        String orderby = call.param("orderby") == null ? "id" : call.param("orderby");
        boolean desc = orderby.endsWith("_desc");
        String field = desc ? orderby.substring(0, orderby.length() - 5) : orderby;
        if (!SORTABLE.contains(field)) {
            return SimResponse.error(400, "400.20", "orderby must be one of " + SORTABLE + " (optionally with _desc)");
        }
        Comparator<ObjectNode> order = Comparator.comparing((ObjectNode o) -> o.path(field).asText(""),
                "id".equals(field) || "ordernumber".equals(field)
                        ? Comparator.comparingLong((String s) -> s.isEmpty() ? Long.MIN_VALUE : Long.parseLong(s))
                        : Comparator.naturalOrder());
        List<ObjectNode> rows = data.where("orders", filter).stream().sorted(desc ? order.reversed() : order).toList();
        return SimEndpoints.page(call, rows, o -> data.render("orders", o, base(call)));
    }

    private static Predicate<ObjectNode> filter(SimCall call) {
        Predicate<ObjectNode> p = o -> true;
        String completed = call.param("is_completed");
        boolean wantCompleted = completed == null || bool("is_completed", completed);
        p = p.and(o -> o.path("is_completed").asBoolean() == wantCompleted);
        if (call.param("is_paid") != null) {
            boolean paid = bool("is_paid", call.param("is_paid"));
            p = p.and(o -> o.path("paid").asBoolean() == paid);
        }
        for (String name : List.of("status", "ordernumber", "paymethod_id")) {
            String value = call.param(name);
            if (value != null) {
                long wanted = integer(name, value);
                p = p.and(o -> o.hasNonNull(name) && o.path(name).asLong() == wanted);
            }
        }
        if (call.param("transaction_id") != null) {
            String tx = call.param("transaction_id");
            p = p.and(o -> tx.equals(o.path("transaction_id").asText(null)));
        }
        if (call.param("min_create_date") != null) {
            Instant min = instant(call.param("min_create_date"), false);
            p = p.and(o -> !Instant.parse(o.path("create_date").asText()).isBefore(min));
        }
        if (call.param("max_create_date") != null) {
            Instant max = instant(call.param("max_create_date"), true);
            p = p.and(o -> Instant.parse(o.path("create_date").asText()).isBefore(max));
        }
        return p;
    }

    /** {@code 2024-05-01} (whole day) or an ISO date-time; the end of a date range includes that day. */
    private static Instant instant(String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
            }
            Instant at = java.time.OffsetDateTime.parse(value).toInstant();
            return endOfDay ? at.plusSeconds(1) : at;
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("Invalid date: " + value);
        }
    }

    static boolean bool(String name, String value) {
        if (!"true".equals(value) && !"false".equals(value)) {
            throw new IllegalArgumentException(name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static long integer(String name, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer");
        }
    }

    private SimResponse rows(SimCall call) {
        long orderId = call.id(0);
        if (data.get("orders", orderId) == null) {
            return endpoints.unknownId("orders", orderId);
        }
        return SimEndpoints.page(call, data.where("orderrows", r -> r.path("order_id").asLong() == orderId),
                r -> data.render("orderrows", r, base(call)));
    }

    private SimResponse patch(SimCall call) {
        ObjectNode order = data.get("orders", call.id(0));
        if (order == null) {
            return endpoints.unknownId("orders", call.id(0));
        }
        JsonNode in = call.body();
        if (!in.isObject()) {
            return SimResponse.error(400, "400.30", "A JSON object is required");
        }
        if (in.has("status") && (!in.get("status").canConvertToInt() || in.get("status").asInt() < 1 || in.get("status").asInt() > 14)) {
            return SimResponse.error(400, "400.40", "status must be an integer from 1 to 14");
        }
        String base = base(call);
        int previousStatus = order.path("status").asInt();
        boolean wasPaid = order.path("paid").asBoolean();
        String previousTrack = order.path("track_and_trace_code").asText("");
        in.fields().forEachRemaining(f -> {
            if (!Set.of("mail", "note").contains(f.getKey())) {
                order.set(f.getKey(), f.getValue());
            }
        });
        if (in.hasNonNull("note")) {
            order.put("last_status_note", in.get("note").asText());
        }
        if (in.has("status") && in.get("status").asInt() != previousStatus) {
            webhooks.fire("orders.updated.status", notification(order, base).put("previous_status", previousStatus)
                    .put("status", order.path("status").asInt()));
        }
        if (in.has("paid") && in.get("paid").asBoolean() != wasPaid) {
            webhooks.fire("orders.updated.ispaid", notification(order, base).put("paid", order.path("paid").asBoolean()));
        }
        if (in.has("track_and_trace_code") && !previousTrack.equals(order.path("track_and_trace_code").asText(""))) {
            webhooks.fire("orders.updated.trackandtrace", notification(order, base)
                    .put("track_and_trace_code", order.path("track_and_trace_code").asText())
                    .put("track_and_trace_carrier", order.path("track_and_trace_carrier").asText(null)));
        }
        return SimResponse.noContent();
    }

    private SimResponse create(SimCall call) {
        JsonNode in = call.body();
        if (!in.path("customer").isObject()) {
            return SimEndpoints.missing("customer");
        }
        if (!in.path("orderrows").isArray() || in.path("orderrows").isEmpty()) {
            return SimEndpoints.missing("orderrows");
        }
        for (JsonNode row : in.path("orderrows")) {
            if (!row.has("count")) {
                return SimEndpoints.missing("orderrows[].count");
            }
        }
        ObjectNode order = new OrderFactory(data).fromInput((ObjectNode) in);
        webhooks.fire("orders.created", notification(order, base(call)));
        return SimResponse.created(data.render("orders", order, base(call)));
    }

    /** The small notification CCV posts to webhooks (note {@code order_number}, not {@code ordernumber}). */
    static ObjectNode notification(ObjectNode order, String base) {
        ObjectNode n = SimJson.object();
        n.put("href", base + "/orders/" + order.path("id").asLong());
        n.put("id", order.path("id").asLong());
        n.set("order_number", order.get("ordernumber"));
        n.set("ordernumber_prefix", order.get("ordernumber_prefix"));
        n.set("ordernumber_full", order.get("ordernumber_full"));
        n.set("total_price", order.get("total_price"));
        n.put("customer_email", order.path("customer").path("email").asText(""));
        n.put("customer_mobile", order.path("customer").path("billingaddress").path("mobile").asText(""));
        return n;
    }

    static String base(SimCall call) {
        return call.baseUrl() + CcvShopSimulator.API_PREFIX;
    }
}
