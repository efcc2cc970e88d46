package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A collection read: {@code $filter}, {@code $orderby}, {@code $skip}, {@code $top}, {@code $select}, and server
 * paging with {@code $skiptoken} and {@code __next}. Every property named must exist with exactly that name.
 */
final class CollectionQuery {

    private CollectionQuery() {
    }

    static SimResponse read(EntitySchema.Entity entity, List<Map<String, Object>> all, Map<String, String> params,
            String baseUrl, int pageSize) {
        List<Map<String, Object>> rows = new ArrayList<>(all);
        String filter = params.get("$filter");
        if (filter != null && !filter.isBlank()) {
            try {
                rows = rows.stream().filter(FilterExpression.parse(filter, entity)).toList();
            } catch (FilterExpression.Invalid e) {
                throw SimError.badRequest(e.getMessage());
            }
        }
        rows = new ArrayList<>(rows);
        String orderBy = params.get("$orderby");
        if (orderBy != null && !orderBy.isBlank()) {
            rows.sort(comparator(entity, orderBy));
        }
        int skip = intParam(params, "$skip", 0);
        rows = rows.subList(Math.min(skip, rows.size()), rows.size());
        if (params.containsKey("$top")) {
            rows = rows.subList(0, Math.min(intParam(params, "$top", rows.size()), rows.size()));
        }
        Set<String> select = select(entity, params.get("$select"));
        int from = intParam(params, "$skiptoken", 0);
        int to = Math.min(from + pageSize, rows.size());
        List<Map<String, Object>> page = from >= rows.size() ? List.of() : rows.subList(from, to);
        String next = to < rows.size() ? nextLink(entity, params, baseUrl, to) : null;
        return SimResponse.json(200, ODataJson.collection(entity, page, baseUrl, select, next));
    }

    private static Set<String> select(EntitySchema.Entity entity, String select) {
        if (select == null || select.isBlank() || "*".equals(select.trim())) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : select.split(",")) {
            String trimmed = name.trim();
            if (entity.property(trimmed) == null) {
                throw SimError.badRequest("Property '" + trimmed + "' does not exist on entity '" + entity.name() + "'");
            }
            names.add(trimmed);
        }
        return names;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparator<Map<String, Object>> comparator(EntitySchema.Entity entity, String orderBy) {
        Comparator<Map<String, Object>> result = null;
        for (String part : orderBy.split(",")) {
            String[] words = part.trim().split("\\s+");
            String name = words[0];
            if (entity.property(name) == null) {
                throw SimError.badRequest("Property '" + name + "' does not exist on entity '" + entity.name() + "'");
            }
            Comparator<Map<String, Object>> one = Comparator.comparing(row -> (Comparable) sortable(row.get(name)),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            if (words.length > 1 && "desc".equalsIgnoreCase(words[1])) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private static Object sortable(Object value) {
        return value instanceof Number n && !(value instanceof BigDecimal) ? new BigDecimal(n.toString()) : value;
    }

    private static int intParam(Map<String, String> params, String name, int fallback) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw SimError.badRequest("Invalid value for " + name + ": " + value);
        }
    }

    private static String nextLink(EntitySchema.Entity entity, Map<String, String> params, String baseUrl, int token) {
        StringBuilder url = new StringBuilder(baseUrl).append('/').append(entity.name()).append('?');
        params.forEach((name, value) -> {
            if (!"$skiptoken".equals(name)) {
                url.append(encode(name)).append('=').append(encode(value)).append('&');
            }
        });
        return url.append("$skiptoken=").append(token).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%2C", ",");
    }
}
