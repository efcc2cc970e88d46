package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What was last written, kept as a short hash per field (no payloads in the state store): a field is sent again only
 * when its hash changed. Values are normalised first, so 10.5 and 10.50 are the same price.
 */
final class FieldHashes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldHashes() {
    }

    static String normalise(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number n) {
            return normalise(new BigDecimal(n.toString()));
        }
        if (value instanceof JsonNode node) {
            if (node.isNull() || node.isMissingNode()) {
                return "";
            }
            return node.isNumber() ? normalise(node.decimalValue()) : node.asText();
        }
        return value.toString();
    }

    static String hash(Object value) {
        return hash(normalise(value).getBytes(StandardCharsets.UTF_8));
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> of(Map<String, Object> fields) {
        Map<String, String> hashes = new TreeMap<>();
        fields.forEach((k, v) -> hashes.put(k, hash(v)));
        return hashes;
    }

    static String write(Map<String, String> hashes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(hashes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> read(String stored) {
        if (stored == null || stored.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(stored, new TypeReference<LinkedHashMap<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            return new LinkedHashMap<>();
        }
    }
}
