package com.ccvglobe.bridge.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** A CCV customer back as CCV's JSON (snake_case), the source of the {@code customers.*} field rules. */
final class CustomerJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private CustomerJson() {
    }

    static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
