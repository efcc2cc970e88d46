package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One API call as the simulator sees it: method, the raw request target (as signed), the endpoint template
 * ({@code /orders/:id/orderrows}), the ids in the path, the decoded query and the JSON body.
 */
record SimCall(String method, String rawUri, String path, String template, List<Long> ids,
        Map<String, List<String>> query, List<String> rawQueryPairs, JsonNode body, String baseUrl) {

    long id(int index) {
        return ids.get(index);
    }

    String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The resource a rate limit counts on: the last named path segment, e.g. {@code orderrows}. */
    String resource() {
        String[] parts = template.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].equals(":id")) {
                return parts[i];
            }
        }
        return "";
    }

    /** {@code GET orderrows}: the key of the per resource-method rate limit and of the call log. */
    String resourceMethod() {
        return method + " " + resource();
    }

    static Map<String, List<String>> decodeQuery(String rawQuery, List<String> rawPairs) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            rawPairs.add(pair);
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
