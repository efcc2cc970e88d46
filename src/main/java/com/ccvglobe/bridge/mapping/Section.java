package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One node of the merged mapping with its key path, for reading it strictly: unknown keys, wrong types and
 * missing required keys become a {@link MappingException} naming the file, line and key.
 */
final class Section {

    private final YamlDocument document;
    private final JsonNode node;
    private final String path;

    Section(YamlDocument document, JsonNode node, String path) {
        this.document = document;
        this.node = node == null ? MissingNode.getInstance() : node;
        this.path = path;
    }

    static Section root(YamlDocument document) {
        return new Section(document, document.root(), "");
    }

    String path() {
        return path;
    }

    JsonNode node() {
        return node;
    }

    Origin origin() {
        return document.originOf(path);
    }

    boolean present() {
        return !node.isMissingNode() && !node.isNull();
    }

    MappingException error(String message) {
        return new MappingException(origin(), path.isEmpty() ? "(top level)" : path, message);
    }

    /** The same key path holding another value (e.g. the argument part of {@code truncate:50}). */
    Section withValue(JsonNode value) {
        return new Section(document, value, path);
    }

    Section child(String key) {
        return new Section(document, node.get(key), path.isEmpty() ? key : path + "." + key);
    }

    /** Only these keys may appear; anything else is an error with a "did you mean" hint. */
    Section allowOnly(String... keys) {
        if (!present()) {
            return this;
        }
        requireMap();
        List<String> allowed = Arrays.asList(keys);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw child(name).error("unknown key" + Suggestions.hint(name, allowed)
                        + "; allowed here: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    Section requireMap() {
        if (present() && !node.isObject()) {
            throw error("must be a map of keys");
        }
        return this;
    }

    /** The entries of a map, in file order; an absent map is empty. */
    Map<String, Section> entries() {
        Map<String, Section> entries = new LinkedHashMap<>();
        if (present()) {
            requireMap();
            node.fieldNames().forEachRemaining(name -> entries.put(name, child(name)));
        }
        return entries;
    }

    /** The items of a list; an absent list is empty. */
    List<Section> items() {
        List<Section> items = new ArrayList<>();
        if (present()) {
            if (!node.isArray()) {
                throw error("must be a list (lines starting with '- ')");
            }
            for (int i = 0; i < node.size(); i++) {
                items.add(new Section(document, node.get(i), path + "[" + i + "]"));
            }
        }
        return items;
    }

    /** This node as text: a scalar is required. */
    String text() {
        if (!present() || node.isContainerNode()) {
            throw error("must be a single value");
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.asText();
    }

    Optional<String> optionalText(String key) {
        Section child = child(key);
        return child.present() ? Optional.of(child.text()) : Optional.empty();
    }

    String requiredText(String key) {
        Section child = child(key);
        if (!child.present()) {
            throw child.error("is required here");
        }
        return child.text();
    }

    Optional<BigDecimal> optionalNumber(String key) {
        Section child = child(key);
        return child.present() ? Optional.of(child.number()) : Optional.empty();
    }

    BigDecimal number() {
        try {
            return new BigDecimal(text().trim());
        } catch (NumberFormatException e) {
            throw error("must be a number, not '" + text() + "'");
        }
    }

    boolean flag(String key, boolean fallback) {
        Section child = child(key);
        if (!child.present()) {
            return fallback;
        }
        if (!child.node.isBoolean()) {
            throw child.error("must be true or false, not '" + child.text() + "'");
        }
        return child.node.booleanValue();
    }

    /** A map of text to text, such as {@code NL: "8000"}. */
    Map<String, String> textMap() {
        Map<String, String> map = new LinkedHashMap<>();
        entries().forEach((k, v) -> map.put(k, v.text()));
        return map;
    }

    /** A list of text values; a single value counts as a list of one. */
    List<String> textList() {
        if (present() && !node.isArray()) {
            return List.of(text());
        }
        List<String> values = new ArrayList<>();
        items().forEach(item -> values.add(item.text()));
        return values;
    }
}
