package com.ccvglobe.bridge.exactglobe;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A {@code $filter} expression for the Globe entity service. String values of right-aligned codes are padded to
 * their full length (Globe compares verbatim), control and bidi characters are removed as on write
 * ({@link GlobeText}) and quotes are doubled; GUIDs become {@code guid'…'}, instants {@code datetime'…'}.
 * Rendered for one entity, because padding depends on the entity's property.
 */
public sealed interface GlobeFilter {

    String render(String entity);

    static GlobeFilter eq(String property, Object value) {
        return new Comparison(property, "eq", value);
    }

    static GlobeFilter ne(String property, Object value) {
        return new Comparison(property, "ne", value);
    }

    static GlobeFilter gt(String property, Object value) {
        return new Comparison(property, "gt", value);
    }

    static GlobeFilter ge(String property, Object value) {
        return new Comparison(property, "ge", value);
    }

    static GlobeFilter lt(String property, Object value) {
        return new Comparison(property, "lt", value);
    }

    static GlobeFilter le(String property, Object value) {
        return new Comparison(property, "le", value);
    }

    /** {@code substringof('text', Property)}: text is not padded. */
    static GlobeFilter contains(String property, String text) {
        return new Raw("substringof(" + quote(GlobeText.clean(property, text)) + ", " + property + ")");
    }

    /** {@code startswith(Property, 'text')}: text is not padded. */
    static GlobeFilter startsWith(String property, String text) {
        return new Raw("startswith(" + property + ", " + quote(GlobeText.clean(property, text)) + ")");
    }

    default GlobeFilter and(GlobeFilter other) {
        return new Junction(this, "and", other);
    }

    default GlobeFilter or(GlobeFilter other) {
        return new Junction(this, "or", other);
    }

    record Comparison(String property, String operator, Object value) implements GlobeFilter {
        @Override
        public String render(String entity) {
            return property + " " + operator + " " + literal(entity, property, value);
        }
    }

    record Junction(GlobeFilter left, String operator, GlobeFilter right) implements GlobeFilter {
        @Override
        public String render(String entity) {
            return "(" + left.render(entity) + ") " + operator + " (" + right.render(entity) + ")";
        }
    }

    record Raw(String expression) implements GlobeFilter {
        @Override
        public String render(String entity) {
            return expression;
        }
    }

    private static String literal(String entity, String property, Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof UUID uuid) {
            return "guid'" + uuid + "'";
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
            return value instanceof BigDecimal b ? b.toPlainString() : value.toString();
        }
        if (value instanceof Instant instant) {
            return "datetime'" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(instant.atOffset(ZoneOffset.UTC)) + "'";
        }
        if (value instanceof LocalDate date) {
            return "datetime'" + date + "T00:00:00'";
        }
        return quote(GlobeFields.pad(entity, property, GlobeText.clean(property, value.toString())));
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
