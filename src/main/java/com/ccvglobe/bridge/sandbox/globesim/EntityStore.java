package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The simulated company's entity rows, in memory, per entity in insertion order, keyed by the entity key. */
final class EntityStore {

    private final Map<String, Map<String, Map<String, Object>>> rows = new HashMap<>();
    private final Map<String, Long> issued = new java.util.HashMap<>();

    synchronized List<Map<String, Object>> all(String entity) {
        List<Map<String, Object>> copy = new ArrayList<>();
        rows.getOrDefault(entity, Map.of()).values().forEach(row -> copy.add(new LinkedHashMap<>(row)));
        return copy;
    }

    synchronized List<Map<String, Object>> where(String entity, Predicate<Map<String, Object>> predicate) {
        return all(entity).stream().filter(predicate).toList();
    }

    synchronized Map<String, Object> get(String entity, String key) {
        Map<String, Object> row = rows.getOrDefault(entity, Map.of()).get(key);
        return row == null ? null : new LinkedHashMap<>(row);
    }

    synchronized void put(String entity, String key, Map<String, Object> row) {
        rows.computeIfAbsent(entity, e -> new LinkedHashMap<>()).put(key, new LinkedHashMap<>(row));
    }

    synchronized boolean remove(String entity, String key) {
        return rows.getOrDefault(entity, new HashMap<>()).remove(key) != null;
    }

    synchronized int count(String entity) {
        return rows.getOrDefault(entity, Map.of()).size();
    }

    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((entity, byKey) -> counts.put(entity, byKey.size()));
        return counts;
    }

    synchronized void clear() {
        rows.clear();
        issued.clear();
    }

    /**
     * The highest numeric value of a property (trimmed) plus one; 1 when there is none. A number once issued is not
     * issued again, even when its row was deleted (as in Globe: a deleted order's number stays used).
     */
    synchronized long next(String entity, String property) {
        long max = issued.getOrDefault(entity + "." + property, 0L);
        for (Map<String, Object> row : rows.getOrDefault(entity, Map.of()).values()) {
            Object value = row.get(property);
            if (value == null) {
                continue;
            }
            try {
                max = Math.max(max, new BigDecimal(value.toString().trim()).longValue());
            } catch (NumberFormatException ignored) {
                // non-numeric codes do not take part in numbering
            }
        }
        issued.put(entity + "." + property, max + 1);
        return max + 1;
    }

    /** True when a row of the entity has exactly this value in the property. */
    synchronized boolean exists(String entity, String property, Object value) {
        return rows.getOrDefault(entity, Map.of()).values().stream().anyMatch(r -> value != null && value.equals(r.get(property)));
    }
}
