package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The simulator's admin API, outside {@code /api/rest/v1} and unsigned: seed demo data and orders, inspect the
 * state, read or clear the call log, inject faults, change rate limits and the uncertain behaviours.
 */
final class SimAdmin {

    static final String PREFIX = "/sandbox-admin";
    private static final com.fasterxml.jackson.databind.ObjectMapper ADMIN_JSON = SimJson.MAPPER.copy()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CcvShopSimulator sim;

    SimAdmin(CcvShopSimulator sim) {
        this.sim = sim;
    }

    void mount(Router router) {
        router.get(PREFIX + "/state").blockingHandler(ctx -> json(ctx, 200, sim.data().counts()));
        router.get(PREFIX + "/state/:table").blockingHandler(ctx -> json(ctx, 200, sim.data().all(ctx.pathParam("table"))));
        router.post(PREFIX + "/seed").blockingHandler(ctx -> {
            sim.demo().seed();
            json(ctx, 200, sim.data().counts());
        });
        router.post(PREFIX + "/orders").blockingHandler(ctx -> {
            int count = Integer.parseInt(param(ctx, "count", "1"));
            long seed = Long.parseLong(param(ctx, "seed", "42"));
            boolean webhooks = Boolean.parseBoolean(param(ctx, "webhooks", "false"));
            json(ctx, 200, Map.of("ids", sim.seedOrders(count, seed, webhooks)));
        });
        router.get(PREFIX + "/calls").blockingHandler(ctx -> json(ctx, 200, sim.calls().describe()));
        router.delete(PREFIX + "/calls").blockingHandler(ctx -> {
            sim.calls().clear();
            ctx.response().setStatusCode(204).end();
        });
        router.get(PREFIX + "/faults").handler(ctx -> json(ctx, 200, sim.faults().describe()));
        router.put(PREFIX + "/faults").blockingHandler(ctx -> {
            JsonNode in = body(ctx);
            String match = in.hasNonNull("match") ? in.get("match").asText() : null;
            sim.faults().clear();
            sim.faults().serverErrors(in.path("serverErrors").asInt(0), match);
            if (in.path("rateLimitBurst").asInt(0) > 0) {
                sim.faults().rateLimitBurst(in.path("rateLimitBurst").asInt(), match);
            }
            sim.faults().delay(in.path("delayMs").asLong(0));
            json(ctx, 200, sim.faults().describe());
        });
        router.delete(PREFIX + "/faults").handler(ctx -> {
            sim.faults().clear();
            ctx.response().setStatusCode(204).end();
        });
        router.get(PREFIX + "/limits").handler(ctx -> json(ctx, 200, sim.limits().describe()));
        router.put(PREFIX + "/limits").blockingHandler(ctx -> {
            JsonNode in = body(ctx);
            sim.limits().set(in.path("getPerMinute").asInt(150), in.path("writePerMinute").asInt(100),
                    in.path("productqueriesPerMinute").asInt(30), in.path("totalPerMinute").asInt(300))
                    .enabled(in.path("enabled").asBoolean(true)).reset();
            json(ctx, 200, sim.limits().describe());
        });
        router.put(PREFIX + "/settings").blockingHandler(ctx -> {
            JsonNode in = body(ctx);
            sim.settings().notFoundAs404(in.path("notFoundAs404").asBoolean(false))
                    .clockSkewSeconds(in.path("clockSkewSeconds").asLong(300))
                    .webhooksEnabled(in.path("webhooksEnabled").asBoolean(true));
            json(ctx, 200, Map.of("notFoundAs404", sim.settings().notFoundAs404(),
                    "clockSkewSeconds", sim.settings().clockSkewSeconds(), "webhooksEnabled", sim.settings().webhooksEnabled()));
        });
        router.get(PREFIX + "/webhook-deliveries").handler(ctx -> json(ctx, 200, sim.webhookDeliveries()));
    }

    private static String param(RoutingContext ctx, String name, String fallback) {
        String value = ctx.request().getParam(name);
        return value == null ? fallback : value;
    }

    private static JsonNode body(RoutingContext ctx) {
        try {
            String text = ctx.body() == null ? null : ctx.body().asString();
            return text == null || text.isBlank() ? NullNode.instance : SimJson.read(text);
        } catch (JsonProcessingException e) {
            return NullNode.instance;
        }
    }

    private static void json(RoutingContext ctx, int status, Object value) {
        try {
            String text = ADMIN_JSON.writeValueAsString(value instanceof Map<?, ?> m
                    ? new LinkedHashMap<>(m) : value);
            ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(text);
        } catch (JsonProcessingException e) {
            ctx.response().setStatusCode(500).end(e.getOriginalMessage());
        }
    }
}
