package com.ccvglobe.bridge.support;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A read-only {@link Map} face for a record that travels as a route's body, so that YAML steps read it the way they
 * read JSON: {@code ${body[header][OrderDebtor]}} in Simple, {@code marshal: json} for an audit copy. The record stays
 * the typed value the beans work with; {@link #asMap()} says which keys the route sees. Changes go through the
 * record's own {@code with...} methods (a route step such as {@code set-document-field}), never through {@code put}.
 */
public interface MapView extends Map<String, Object> {

    /**
     * The keys and values a route sees, in a stable order, as an unmodifiable map: {@code put} and {@code remove} on the
     * view are refused by it (changes go through the record's own {@code with...} methods).
     */
    Map<String, Object> asMap();

    @Override
    default int size() {
        return asMap().size();
    }

    @Override
    default boolean isEmpty() {
        return asMap().isEmpty();
    }

    @Override
    default boolean containsKey(Object key) {
        return asMap().containsKey(key);
    }

    @Override
    default boolean containsValue(Object value) {
        return asMap().containsValue(value);
    }

    @Override
    default Object get(Object key) {
        return asMap().get(key);
    }

    @Override
    default Object put(String key, Object value) {
        return asMap().put(key, value);
    }

    @Override
    default Object remove(Object key) {
        return asMap().remove(key);
    }

    @Override
    default void putAll(Map<? extends String, ?> values) {
        asMap().putAll(values);
    }

    @Override
    default void clear() {
        asMap().clear();
    }

    @Override
    default Set<String> keySet() {
        return asMap().keySet();
    }

    @Override
    default Collection<Object> values() {
        return asMap().values();
    }

    @Override
    default Set<Entry<String, Object>> entrySet() {
        return asMap().entrySet();
    }
}
