package com.ccvglobe.bridge.mapping;

/** Which mapping rule produced a field: the rule as written and its file and line (for the dry-run preview). */
public record FieldProvenance(String field, String rule, String file, int line) {
}
