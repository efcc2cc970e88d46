package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the simulated entity service treats a written property set: strict property names (an unknown or wrongly cased
 * name is an error naming it), read-only properties refused, values converted to the property type, right-aligned
 * codes padded with leading spaces, upper-case codes upper-cased, lengths enforced, defaults applied on create.
 */
final class WriteRules {

    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private final SimSettings settings;

    WriteRules(SimSettings settings) {
        this.settings = settings;
    }

    Map<String, Object> apply(EntitySchema.Entity entity, Map<String, Object> body, boolean create, boolean allowReadOnly) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            if (field.getKey().startsWith("__")) {
                continue;
            }
            EntitySchema.Property property = property(entity, field.getKey());
            if (property.readOnly() && !allowReadOnly) {
                throw SimError.badRequest("Property '" + property.name() + "' of entity '" + entity.name() + "' is read-only");
            }
            out.put(property.name(), convert(entity, property, field.getValue()));
        }
        if (create) {
            for (EntitySchema.Property property : entity.properties().values()) {
                if (!out.containsKey(property.name()) && "Date".equals(property.type()) && "NOW".equals(property.defaultValue())) {
                    out.put(property.name(), Instant.now());
                } else if (!out.containsKey(property.name()) && isLiteralDefault(entity, property.defaultValue())) {
                    try {
                        out.put(property.name(), convert(entity, property, property.defaultValue()));
                    } catch (SimError notALiteral) {
                        // an expression default (e.g. a function) the simulator does not evaluate
                    }
                }
            }
        }
        return out;
    }

    private static boolean isLiteralDefault(EntitySchema.Entity entity, String value) {
        return !value.isEmpty() && !value.startsWith("=") && entity.property(value) == null
                && !value.toUpperCase().contains("SELECT") && !value.contains("(");
    }

    EntitySchema.Property property(EntitySchema.Entity entity, String name) {
        EntitySchema.Property property = entity.property(name);
        if (property == null && !settings.strictNames()) {
            property = entity.properties().values().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
        if (property == null) {
            throw SimError.badRequest("Property '" + name + "' does not exist on entity '" + entity.name() + "'");
        }
        return property;
    }

    Object convert(EntitySchema.Entity entity, EntitySchema.Property property, Object value) {
        if (value == null) {
            return null;
        }
        try {
            return switch (property.type()) {
                case "String" -> text(entity, property, value);
                case "Boolean" -> value instanceof Boolean b ? b
                        : "1".equals(value.toString()) || "true".equalsIgnoreCase(value.toString());
                case "Integer" -> new BigDecimal(value.toString().trim()).longValueExact();
                case "Number", "Double" -> new BigDecimal(value.toString().trim());
                case "Date" -> date(value.toString());
                case "GUID" -> UUID.fromString(value.toString().replace("{", "").replace("}", "")).toString();
                default -> value.toString();
            };
        } catch (RuntimeException e) {
            if (e instanceof SimError se) {
                throw se;
            }
            throw SimError.badRequest("Value of property '" + property.name() + "' of entity '" + entity.name()
                    + "' is not a valid " + property.type());
        }
    }

    private String text(EntitySchema.Entity entity, EntitySchema.Property property, Object value) {
        String text = value.toString();
        if (property.upperCase()) {
            text = text.toUpperCase();
        }
        if (property.rightAligned()) {
            text = text.trim();
        }
        if (property.length() > 0 && text.length() > property.length()) {
            if (!settings.truncateLongValues()) {
                throw SimError.badRequest("Value of property '" + property.name() + "' of entity '" + entity.name()
                        + "' exceeds the maximum length of " + property.length());
            }
            text = text.substring(0, property.length());
        }
        if (property.rightAligned() && !text.isEmpty()) {
            text = " ".repeat(property.length() - text.length()) + text;
        }
        return text;
    }

    static Instant date(String value) {
        Matcher m = MS_DATE.matcher(value);
        if (m.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
        }
        if (value.length() == 10) {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return java.time.OffsetDateTime.parse(value).toInstant();
        }
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }
}
