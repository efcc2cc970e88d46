package com.ccvglobe.bridge.mapping;

/**
 * A value chosen from one of the mapping's tables (VAT code, shipping method, revenue account, cost centre,
 * ...), with the key of the row that chose it and where that row was written: the provenance the dry-run
 * preview shows next to the field.
 */
public record Resolved(String value, String key, Origin origin) {

    /** E.g. {@code vat.codes[0] (default-mapping.yaml:9)}. */
    public String rule() {
        return origin == null ? key : key + " (" + origin + ")";
    }
}
