package com.ccvglobe.bridge.mapping;

import java.util.HashMap;
import java.util.Map;

/**
 * What a mapping needs to know about the record besides its JSON: the business key for error messages
 * ({@code order 12345}, {@code SKU ABC-1}), the country and customer type for {@code when} rules, and named
 * variables the flow supplies (read in transforms as {@code @name}, e.g. {@code @vat-divisor}).
 */
public record MappingContext(String record, String country, String customerType, Map<String, Object> variables) {

    public MappingContext {
        variables = Map.copyOf(variables);
    }

    public static MappingContext of(String record) {
        return new MappingContext(record, null, null, Map.of());
    }

    public MappingContext withCountry(String value) {
        return new MappingContext(record, value, customerType, variables);
    }

    public MappingContext withCustomerType(String value) {
        return new MappingContext(record, country, value, variables);
    }

    public MappingContext withVariable(String name, Object value) {
        Map<String, Object> copy = new HashMap<>(variables);
        copy.put(name, value);
        return new MappingContext(record, country, customerType, copy);
    }
}
