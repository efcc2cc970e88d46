package com.ccvglobe.bridge.mapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * A named table under {@code lookups:} in the mapping: value in, value out. Keys match case-insensitively;
 * the key {@code "*"} is the answer for any other value. A miss is a business error naming table and value.
 */
public record LookupTable(String name, Map<String, String> rows, Optional<String> otherwise) {

    public LookupTable {
        rows = Map.copyOf(rows);
    }

    static LookupTable of(String name, Map<String, String> written) {
        Map<String, String> rows = new HashMap<>();
        String otherwise = null;
        for (Map.Entry<String, String> row : written.entrySet()) {
            if ("*".equals(row.getKey())) {
                otherwise = row.getValue();
            } else {
                rows.put(row.getKey().toUpperCase(Locale.ROOT), row.getValue());
            }
        }
        return new LookupTable(name, rows, Optional.ofNullable(otherwise));
    }

    /**
     * @param record the business key for the error, e.g. {@code order 12345}
     * @param field  the field being mapped, for the error
     */
    public String get(String value, String record, String field) {
        String found = value == null ? null : rows.get(value.toUpperCase(Locale.ROOT));
        if (found != null) {
            return found;
        }
        return otherwise.orElseThrow(() -> new BusinessException(record, field,
                "lookup table '" + name + "' has no row for value '" + value + "'"));
    }
}
