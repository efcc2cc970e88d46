package com.ccvglobe.bridge.mapping;

import java.util.List;

import com.ccvglobe.bridge.mapping.TransformParser.NamedTransform;

/**
 * One target field of an entity mapping: where its value comes from (a JSONPath into the source record or a
 * constant), the transform chain, and where the rule was written (for provenance and errors).
 */
public record FieldRule(String target, SourcePath source, Object constant, List<NamedTransform> transforms,
        Origin origin) {

    public FieldRule {
        transforms = List.copyOf(transforms);
    }

    Object value(TransformInput input) {
        Object value = source != null ? source.read(input.source()) : constant;
        for (NamedTransform step : transforms) {
            value = step.transform().apply(value, input);
        }
        return value;
    }

    /** The rule as written, e.g. {@code $.customer.email | trim | truncate:50} or {@code constant "1"}. */
    public String describe() {
        StringBuilder text = new StringBuilder(source != null ? source.expression() : "constant " + quoted(constant));
        transforms.forEach(t -> text.append(" | ").append(t.written()));
        return text.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
