package com.ccvglobe.bridge.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * allows is a business error naming the field (add {@code truncate:N} to the rule to cut it instead, or
 * {@code wrap: [N, Field2, Field3]} to continue it on the next address lines).
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
            if (value instanceof WrapTransform.Wrapped wrapped) {
                List<String> fields = wrapFields(rule);
                for (int i = 0; i < wrapped.lines().size(); i++) {
                    put(entity.target(), rule, fields.get(i), wrapped.lines().get(i), context, values, provenance);
                }
                continue;
            }
            put(entity.target(), rule, rule.target(), value, context, values, provenance);
        }
        return new MappedFields(values, provenance);
    }

    /**
     * The fields a rule fills: its own, then the continuation lines of a {@code wrap} at its end (empty lines are
     * left out like any empty value). Callers that update existing records use it to clear lines a shorter value no
     * longer needs.
     */
    public static List<String> wrapFields(FieldRule rule) {
        List<String> fields = new ArrayList<>(List.of(rule.target()));
        if (!rule.transforms().isEmpty() && rule.transforms().get(rule.transforms().size() - 1).transform()
                instanceof WrapTransform wrap) {
            fields.addAll(wrap.next());
        }
        return fields;
    }

    private static void put(FieldTarget target, FieldRule rule, String field, Object value, MappingContext context,
            Map<String, Object> values, Map<String, FieldProvenance> provenance) {
        if (value == null || "".equals(value)) {
            return;
        }
        checkLength(target, rule, field, value, context);
        values.put(field, value);
        provenance.put(field, new FieldProvenance(field, rule.describe(), rule.origin().file(), rule.origin().line()));
    }

    private static void checkLength(FieldTarget target, FieldRule rule, String name, Object value, MappingContext context) {
        if (!target.globe() || !(value instanceof String text)) {
            return;
        }
        GlobeField field = FieldCatalogue.get().globeField(target.entity(), name).orElse(null);
        if (field != null && field.length() != null && text.length() > field.length()) {
            String fix = name.equals(rule.target()) ? " (add truncate:" + field.length() + " to the rule at " + rule.origin() + ")"
                    : " (wrap of the rule at " + rule.origin() + ")";
            throw new BusinessException(context.record(), name, target + "." + name + " takes at most "
                    + field.length() + " characters, the mapped value has " + text.length() + fix);
        }
    }
}
