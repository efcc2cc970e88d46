package com.ccvglobe.bridge.exactglobe;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entity as the Globe entity service returned it, with string values already trimmed (Globe returns
 * right-aligned codes padded). Dates come as {@code /Date(ms)/}; read them with {@link #date(String)}. After a write,
 * {@link #truncations()} lists what the bridge cut to fit.
 */
public record GlobeRecord(String entity, Map<String, Object> values, List<GlobeFields.Truncation> truncations) {

    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    public String text(String property) {
        Object value = values.get(property);
        return value == null ? null : value.toString();
    }

    public BigDecimal number(String property) {
        Object value = values.get(property);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    }

    public boolean flag(String property) {
        Object value = values.get(property);
        return value instanceof Boolean b ? b : value != null && ("1".equals(value.toString()) || "true".equalsIgnoreCase(value.toString()));
    }

    public Instant date(String property) {
        Object value = values.get(property);
        return value == null ? null : parseDate(value.toString());
    }

    /** {@code /Date(1717200000000)/} (optionally with an offset) → instant; ISO dates also accepted. */
    public static Instant parseDate(String value) {
        Matcher m = MS_DATE.matcher(value);
        if (m.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
        }
        if (value.length() == 10) {
            return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
        return java.time.LocalDateTime.parse(value.replaceAll("(Z|[+-]\\d\\d:\\d\\d)$", "")).toInstant(java.time.ZoneOffset.UTC);
    }

    /** {@code /Date(ms)/} as Globe expects dates in JSON. */
    public static String formatDate(Instant instant) {
        return "/Date(" + instant.toEpochMilli() + ")/";
    }
}
