package com.ccvglobe.bridge.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** CCV records back as CCV's JSON (snake_case), the source the mapping's {@code $.paths} read. */
final class OrderJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private OrderJson() {
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
