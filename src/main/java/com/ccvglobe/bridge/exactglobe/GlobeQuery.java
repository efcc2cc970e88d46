package com.ccvglobe.bridge.exactglobe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A collection read: {@code $filter}, {@code $select}, {@code $orderby}, {@code $top}. Immutable; build with the withers. */
public record GlobeQuery(GlobeFilter filter, List<String> select, String orderBy, Integer top) {

    public static GlobeQuery all() {
        return new GlobeQuery(null, List.of(), null, null);
    }

    public static GlobeQuery where(GlobeFilter filter) {
        return new GlobeQuery(filter, List.of(), null, null);
    }

    public GlobeQuery select(String... properties) {
        return new GlobeQuery(filter, List.of(properties), orderBy, top);
    }

    public GlobeQuery orderBy(String expression) {
        return new GlobeQuery(filter, select, expression, top);
    }

    public GlobeQuery top(int count) {
        return new GlobeQuery(filter, select, orderBy, count);
    }

    /** The query options, unencoded, in a stable order. */
    public Map<String, String> options(String entity) {
        Map<String, String> options = new LinkedHashMap<>();
        if (filter != null) {
            options.put("$filter", filter.render(entity));
        }
        if (!select.isEmpty()) {
            options.put("$select", String.join(",", select));
        }
        if (orderBy != null) {
            options.put("$orderby", orderBy);
        }
        if (top != null) {
            options.put("$top", String.valueOf(top));
        }
        return options;
    }
}
