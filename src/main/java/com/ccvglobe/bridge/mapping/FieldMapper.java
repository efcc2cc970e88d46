package com.ccvglobe.bridge.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Unremovable;

import com.ccvglobe.bridge.mapping.FieldCatalogue.GlobeField;
import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Applies the field rules of one flow part (e.g. {@code orders.line}) of the current mapping to a source
 * record, giving the target fields and, per field, the rule that produced it. A rule that yields null or empty
 * text leaves its field out (nothing is sent, so an existing value is not wiped). Text longer than the Globe field
 * allows is a business error naming the field (add {@code truncate:N} to the rule to cut it instead).
 */
@ApplicationScoped
@Unremovable // looked up by type from the map-fields building block
public class FieldMapper {

    private final MappingRegistry registry;

    @Inject
    public FieldMapper(MappingRegistry registry) {
        this.registry = registry;
    }

    /** With the mapping current now. */
    public MappedFields apply(String part, JsonNode source, MappingContext context) {
        return apply(registry.current(), part, source, context);
    }

    /** With a given mapping: one message keeps one mapping from start to end, even across a reload. */
    public static MappedFields apply(Mapping mapping, String part, JsonNode source, MappingContext context) {
        EntityMapping entity = mapping.entity(part).orElseThrow(() -> new IllegalArgumentException(
                "no flow part '" + part + "' in the mapping; known: " + FieldRulesReader.PARTS.keySet()));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>();
        for (FieldRule rule : entity.rules().values()) {
            Object value = rule.value(new TransformInput(source, context, rule.target()));
            if (value == null || "".equals(value)) {
                continue;
            }
            checkLength(entity.target(), rule, value, context);
            values.put(rule.target(), value);
            provenance.put(rule.target(), new FieldProvenance(rule.target(), rule.describe(), rule.origin().file(),
                    rule.origin().line()));
        }
        return new MappedFields(values, provenance);
    }

    private static void checkLength(FieldTarget target, FieldRule rule, Object value, MappingContext context) {
        if (!target.globe() || !(value instanceof String text)) {
            return;
        }
        GlobeField field = FieldCatalogue.get().globeField(target.entity(), rule.target()).orElse(null);
        if (field != null && field.length() != null && text.length() > field.length()) {
            throw new BusinessException(context.record(), rule.target(), target + "." + rule.target() + " takes at most "
                    + field.length() + " characters, the mapped value has " + text.length()
                    + " (add truncate:" + field.length() + " to the rule at " + rule.origin() + ")");
        }
    }
}
