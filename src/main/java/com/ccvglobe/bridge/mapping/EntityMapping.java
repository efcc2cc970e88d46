package com.ccvglobe.bridge.mapping;

import java.util.Map;

/** The field rules of one part of a flow, e.g. {@code orders.line} → Globe SalesOrderLine, in file order. */
public record EntityMapping(String name, FieldTarget target, Map<String, FieldRule> rules) {
}
