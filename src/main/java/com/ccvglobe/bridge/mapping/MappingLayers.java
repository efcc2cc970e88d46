package com.ccvglobe.bridge.mapping;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lays the user's mapping over the shipped default, key by key: maps merge recursively, a scalar or list
 * replaces the default, a field rule replaces the default rule of that field whole, and the rule tables below merge row by row: a user row with the same identity
 * (e.g. country NL + rate 21 in {@code vat.codes}) replaces that default row, other user rows are added, and
 * the remaining default rows stay.
 */
final class MappingLayers {

    /** Tables merged row by row, with the keys that identify a row. */
    static final Map<String, List<String>> ROW_KEYS = Map.of(
            "vat.codes", List.of("country", "rate", "intra-community", "export"),
            "cost-centres.rules", List.of("shop", "country", "paymethod"),
            "cost-units.rules", List.of("shop", "country", "paymethod"));

    /** A field rule ({@code fields.orders.line.Description}) is replaced whole, never merged. */
    private static final Pattern FIELD_RULE = Pattern.compile("^fields\\.[^.]+\\.[^.]+\\.[^.]+$");

    private MappingLayers() {
    }

    static YamlDocument over(YamlDocument base, YamlDocument user) {
        ObjectNode root = base.root().deepCopy();
        Map<String, Origin> origins = new HashMap<>(base.origins());
        mergeObject(root, (ObjectNode) user.root(), "", user, origins);
        return new YamlDocument(root, origins);
    }

    private static void mergeObject(ObjectNode target, ObjectNode over, String path, YamlDocument user,
            Map<String, Origin> origins) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing != null && existing.isObject() && value.isObject() && !FIELD_RULE.matcher(child).matches()) {
                origins.put(child, user.origins().get(child));
                mergeObject((ObjectNode) existing, (ObjectNode) value, child, user, origins);
            } else if (existing != null && existing.isArray() && value.isArray() && ROW_KEYS.containsKey(child)) {
                mergeRows((ArrayNode) existing, (ArrayNode) value, child, user, origins);
            } else {
                removeOrigins(origins, child);
                copyOrigins(user, child, child, origins);
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeRows(ArrayNode target, ArrayNode over, String path, YamlDocument user,
            Map<String, Origin> origins) {
        List<String> keys = ROW_KEYS.get(path);
        Map<Integer, Integer> written = new HashMap<>();
        for (int i = 0; i < over.size(); i++) {
            JsonNode row = over.get(i);
            int at = indexOf(target, row, keys);
            if (written.containsKey(at)) {
                throw new MappingException(user.originOf(path + "[" + i + "]"), path + "[" + i + "]",
                        "the same " + String.join(", ", keys) + " as " + path + "[" + written.get(at) + "] (line "
                                + user.originOf(path + "[" + written.get(at) + "]").line() + ")");
            }
            if (at < 0) {
                at = target.size();
                target.add(row.deepCopy());
            } else {
                target.set(at, row.deepCopy());
            }
            written.put(at, i);
            removeOrigins(origins, path + "[" + at + "]");
            copyOrigins(user, path + "[" + i + "]", path + "[" + at + "]", origins);
        }
    }

    private static int indexOf(ArrayNode rows, JsonNode row, List<String> keys) {
        for (int i = 0; i < rows.size(); i++) {
            JsonNode candidate = rows.get(i);
            boolean same = true;
            for (String key : keys) {
                same &= Objects.equals(identity(candidate.get(key)), identity(row.get(key)));
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }

    private static String identity(JsonNode value) {
        if (value == null || value.isNull() || (value.isBoolean() && !value.booleanValue())) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText().toUpperCase(Locale.ROOT);
    }

    private static void removeOrigins(Map<String, Origin> origins, String path) {
        origins.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + ".") || k.startsWith(path + "["));
    }

    private static void copyOrigins(YamlDocument from, String fromPath, String toPath, Map<String, Origin> origins) {
        from.origins().forEach((k, v) -> {
            if (k.equals(fromPath) || k.startsWith(fromPath + ".") || k.startsWith(fromPath + "[")) {
                origins.put(toPath + k.substring(fromPath.length()), v);
            }
        });
    }
}
