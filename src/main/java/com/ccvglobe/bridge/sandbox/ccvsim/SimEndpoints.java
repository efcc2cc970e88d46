package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The endpoint table ({@code GET /orders/:id/orderrows} → handler) and what every resource shares: paginated
 * and flat collections, the unknown-id answer, required-field checks.
 */
final class SimEndpoints {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 250;

    interface Handler {
        SimResponse handle(SimCall call);
    }

    private final Map<String, Handler> handlers = new HashMap<>();
    private final Set<String> templates = new HashSet<>();
    private final SimSettings settings;

    SimEndpoints(SimSettings settings) {
        this.settings = settings;
    }

    void on(String method, String template, Handler handler) {
        handlers.put(method + " " + template, handler);
        templates.add(template);
    }

    /** {@code /orders/123/orderrows/} → {@code /orders/:id/orderrows}; ids collected into {@code ids}. */
    static String template(String path, List<Long> ids) {
        StringBuilder t = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit) && segment.length() < 19) {
                ids.add(Long.parseLong(segment));
                t.append("/:id");
            } else {
                t.append('/').append(segment);
            }
        }
        return t.length() == 0 ? "/" : t.toString();
    }

    SimResponse dispatch(SimCall call) {
        Handler handler = handlers.get(call.method() + " " + call.template());
        if (handler != null) {
            return handler.handle(call);
        }
        if (templates.contains(call.template())) {
            return SimResponse.error(405, "405.10", "Method " + call.method() + " is not allowed on " + call.template());
        }
        return SimResponse.error(404, "404.20", "Invalid resource: " + call.template());
    }

    /** What CCV answers for an id it does not know: 500 {@code 500.24} by default, or a 404. */
    SimResponse unknownId(String table, long id) {
        if (settings.notFoundAs404()) {
            return SimResponse.error(404, "404.10", "Resource " + table + " with id " + id + " not found");
        }
        return SimResponse.error(500, "500.24", "File not found: " + table + " " + id);
    }

    static SimResponse missing(String field) {
        return SimResponse.error(400, "400.10", "Property '" + field + "' is required");
    }

    /**
     * A paginated collection: {@code start}/{@code size} (default 25, at most 250), absolute
     * {@code first}/{@code previous}/{@code next} links repeating the filters as sent, no total count.
     */
    static SimResponse page(SimCall call, List<ObjectNode> rows, Function<ObjectNode, ObjectNode> render) {
        int start;
        int size;
        try {
            start = call.param("start") == null ? 0 : Integer.parseInt(call.param("start"));
            size = call.param("size") == null ? DEFAULT_SIZE : Integer.parseInt(call.param("size"));
        } catch (NumberFormatException e) {
            return SimResponse.error(400, "400.20", "start and size must be integers");
        }
        if (start < 0 || size < 1) {
            return SimResponse.error(400, "400.20", "start must be >= 0 and size >= 1");
        }
        size = Math.min(size, MAX_SIZE);
        List<String> filters = new ArrayList<>();
        for (String pair : call.rawQueryPairs()) {
            if (!pair.startsWith("start=") && !pair.startsWith("size=")) {
                filters.add(pair);
            }
        }
        String self = call.baseUrl() + call.path();
        ObjectNode body = SimJson.object();
        body.put("href", link(self, start, size, filters));
        body.put("start", start);
        body.put("size", size);
        body.put("first", link(self, 0, size, filters));
        body.put("previous", start == 0 ? null : link(self, Math.max(0, start - size), size, filters));
        body.put("next", start + size >= rows.size() ? null : link(self, start + size, size, filters));
        ArrayNode items = body.putArray("items");
        rows.stream().skip(start).limit(size).map(render).forEach(items::add);
        return SimResponse.ok(body);
    }

    /** A flat collection: {@code {href, items}}. */
    static SimResponse flat(SimCall call, List<ObjectNode> rows, Function<ObjectNode, ObjectNode> render) {
        ObjectNode body = SimJson.object();
        body.put("href", call.baseUrl() + call.path());
        ArrayNode items = body.putArray("items");
        rows.stream().map(render).forEach(items::add);
        return SimResponse.ok(body);
    }

    private static String link(String self, int start, int size, List<String> filters) {
        StringBuilder sb = new StringBuilder(self).append("?start=").append(start).append("&size=").append(size);
        filters.forEach(f -> sb.append('&').append(f));
        return sb.toString();
    }
}
