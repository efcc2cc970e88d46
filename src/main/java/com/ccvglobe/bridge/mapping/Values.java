package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/** Conversions between JSON nodes and the plain values that travel through a transform chain. */
final class Values {

    private Values() {
    }

    /** Text as String, numbers as BigDecimal, booleans as Boolean, null/missing as null; objects stay nodes. */
    static Object of(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }

    static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    /** The value as a number; text must parse as one, else a business error naming the field. */
    static BigDecimal number(Object value, TransformInput input, String transform) {
        if (value instanceof BigDecimal number) {
            return number;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(String.valueOf(value).trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw input.error(transform + " needs a number, got '" + value + "'");
        }
    }
}
