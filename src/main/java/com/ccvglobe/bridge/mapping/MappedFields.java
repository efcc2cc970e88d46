package com.ccvglobe.bridge.mapping;

import java.util.Map;

/** The fields a mapping produced for one record (null and empty text left out), and for each the rule that produced it. */
public record MappedFields(Map<String, Object> values, Map<String, FieldProvenance> provenance) {
}
