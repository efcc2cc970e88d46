package com.ccvglobe.bridge.ccvshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON over {@link CcvHttp}: CCV's snake_case names, lenient reading (unknown fields ignored, numbers as text and
 * back), only set fields written; collections read to the end by following {@code next} (CCV gives no total).
 */
public final class CcvApi {

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** Query parameters in the order given, encoded once (RFC 3986) so what is signed is what is sent. */
    public static final class Query {
        private final Map<String, String> params = new LinkedHashMap<>();

        public static Query of() {
            return new Query();
        }

        /** Adds the parameter unless {@code value} is null; booleans become {@code true}/{@code false}. */
        public Query with(String name, Object value) {
            if (value != null) {
                params.put(name, String.valueOf(value));
            }
            return this;
        }

        String encoded() {
            StringBuilder sb = new StringBuilder();
            params.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
            return sb.toString();
        }

        static String encode(String value) {
            StringBuilder out = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                        || c == '_' || c == '~') {
                    out.append(c);
                } else {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
            return out.toString();
        }
    }

    private final CcvHttp http;

    public CcvApi(CcvHttp http) {
        this.http = http;
    }

    public CcvHttp http() {
        return http;
    }

    static String uri(String path, Query query) {
        String q = query == null ? "" : query.encoded();
        return CcvHttp.API_PREFIX + path + (q.isEmpty() ? "" : "?" + q);
    }

    public <T> T get(String path, Query query, Class<T> type) {
        return read(http.exchange("GET", uri(path, query), null).body(), type);
    }

    /**
     * Every item of a collection: the first page with {@code size} = the configured page size, then each
     * {@code next} link as CCV wrote it (its path and query, on our base URL) until there is none.
     */
    public <T> List<T> getAll(String path, Query query, Class<T> type) {
        return getAll(path, query, type, http.settings().pageSize());
    }

    /** {@link #getAll(String, Query, Class)} in pages of {@code pageSize} (CCV takes at most 250). */
    public <T> List<T> getAll(String path, Query query, Class<T> type, int pageSize) {
        Query first = query == null ? Query.of() : query;
        String uri = uri(path, first.with("size", Math.max(1, Math.min(250, pageSize))));
        List<T> items = new ArrayList<>();
        while (uri != null) {
            JsonNode page = read(http.exchange("GET", uri, null).body(), JsonNode.class);
            for (JsonNode item : page.path("items")) {
                items.add(convert(item, type));
            }
            uri = nextUri(page.path("next").asText(null));
        }
        return items;
    }

    /** The request target of a {@code next} link: from {@code /api/rest/v1} on, bytes unchanged. */
    static String nextUri(String next) {
        if (next == null || next.isBlank()) {
            return null;
        }
        int at = next.indexOf(CcvHttp.API_PREFIX + "/");
        if (at < 0) {
            throw new CcvUnavailableException(200, null, null, "CCV sent a next link outside " + CcvHttp.API_PREFIX, null);
        }
        return next.substring(at);
    }

    public <T> T post(String path, Object body, Class<T> type) {
        CcvHttp.Answer answer = http.exchange("POST", uri(path, null), write(body));
        return answer.body().length == 0 ? null : read(answer.body(), type);
    }

    public void patch(String path, Object body) {
        http.exchange("PATCH", uri(path, null), write(body));
    }

    public void put(String path, Object body) {
        http.exchange("PUT", uri(path, null), write(body));
    }

    public void delete(String path) {
        http.exchange("DELETE", uri(path, null), null);
    }

    static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(byte[] body, Class<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new CcvUnavailableException(200, null, null, "CCV sent a body that is not the expected "
                    + type.getSimpleName() + " JSON: " + e.getClass().getSimpleName(), e);
        }
    }

    private static <T> T convert(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new CcvUnavailableException(200, null, null, "CCV sent an item that is not a " + type.getSimpleName(), e);
        }
    }
}
