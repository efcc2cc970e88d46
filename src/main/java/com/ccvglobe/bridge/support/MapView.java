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

    /** The keys and values a route sees, in a stable order. */
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
        throw new UnsupportedOperationException("read-only view; change '" + key + "' with a route step such as set-document-field");
    }

    @Override
    default Object remove(Object key) {
        throw new UnsupportedOperationException("read-only view");
    }

    @Override
    default void putAll(Map<? extends String, ?> values) {
        throw new UnsupportedOperationException("read-only view");
    }

    @Override
    default void clear() {
        throw new UnsupportedOperationException("read-only view");
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
