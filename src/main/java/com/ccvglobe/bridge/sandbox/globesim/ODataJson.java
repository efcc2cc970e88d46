package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** OData v2 verbose JSON as the Globe entity service writes it: {@code d}, {@code results}, {@code __next}, errors. */
final class ODataJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ODataJson() {
    }

    static String single(EntitySchema.Entity entity, Map<String, Object> row, String baseUrl) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("d", entityNode(entity, row, baseUrl, null));
        return write(root);
    }

    static String collection(EntitySchema.Entity entity, List<Map<String, Object>> rows, String baseUrl, Set<String> select,
            String next) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode d = root.putObject("d");
        ArrayNode results = d.putArray("results");
        rows.forEach(row -> results.add(entityNode(entity, row, baseUrl, select)));
        if (next != null) {
            d.put("__next", next);
        }
        return write(root);
    }

    static String error(String message) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", "");
        ObjectNode msg = error.putObject("message");
        msg.put("lang", "en-US");
        msg.put("value", message);
        ObjectNode inner = error.putObject("innererror");
        inner.put("message", "Exception of type 'Exact.Services.Entities.EntityException' was thrown.");
        inner.put("type", "System.ServiceModel.FaultException");
        inner.put("stacktrace", "");
        ObjectNode internal = inner.putObject("internalexception");
        internal.put("message", message);
        internal.put("type", "Exact.Services.Entities.EntityException");
        internal.put("stacktrace", "");
        return write(root);
    }

    static String keyUri(EntitySchema.Entity entity, Map<String, Object> row, String baseUrl) {
        Object key = row.get(entity.key());
        EntitySchema.Property property = entity.property(entity.key());
        String literal;
        if (property != null && property.isGuid()) {
            literal = "guid'" + key + "'";
        } else if (key instanceof Number) {
            literal = key.toString();
        } else {
            literal = "'" + URLEncoder.encode(String.valueOf(key).replace("'", "''"), StandardCharsets.UTF_8).replace("+", "%20") + "'";
        }
        return baseUrl + "/" + entity.name() + "(" + literal + ")";
    }

    private static ObjectNode entityNode(EntitySchema.Entity entity, Map<String, Object> row, String baseUrl, Set<String> select) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode metadata = node.putObject("__metadata");
        metadata.put("uri", keyUri(entity, row, baseUrl));
        metadata.put("type", "Exact.Metadata.Entity." + entity.name());
        for (Map.Entry<String, Object> field : row.entrySet()) {
            if (select != null && !select.contains(field.getKey())) {
                continue;
            }
            Object value = field.getValue();
            String name = field.getKey();
            if (value == null) {
                node.putNull(name);
            } else if (value instanceof Instant instant) {
                node.put(name, "/Date(" + instant.toEpochMilli() + ")/");
            } else if (value instanceof BigDecimal number) {
                node.put(name, number);
            } else if (value instanceof Boolean bool) {
                node.put(name, bool);
            } else if (value instanceof Long number) {
                node.put(name, number);
            } else {
                node.put(name, value.toString());
            }
        }
        return node;
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
