package com.ccvglobe.bridge.mapping;

/**
 * A transform argument: a literal, a JSONPath into the source record ({@code $.customer.email}), or a
 * variable the flow supplies in the context ({@code @vat-divisor}).
 */
final class ValueRef {

    private final Object literal;
    private final SourcePath path;
    private final String variable;

    private ValueRef(Object literal, SourcePath path, String variable) {
        this.literal = literal;
        this.path = path;
        this.variable = variable;
    }

    static ValueRef parse(Section at) {
        if (!at.present()) {
            return new ValueRef(null, null, null);
        }
        if (at.node().isContainerNode()) {
            throw at.error("must be a single value, a $.path or an @variable");
        }
        Object literal = Values.of(at.node());
        if (literal instanceof String text && text.startsWith("$")) {
            return new ValueRef(null, SourcePath.compile(text, at), null);
        }
        if (literal instanceof String text && text.startsWith("@") && text.length() > 1) {
            return new ValueRef(null, null, text.substring(1));
        }
        return new ValueRef(literal, null, null);
    }

    boolean isLiteral() {
        return path == null && variable == null;
    }

    Object literal() {
        return literal;
    }

    Object resolve(TransformInput input) {
        if (path != null) {
            return path.read(input.source());
        }
        if (variable != null) {
            if (!input.context().variables().containsKey(variable)) {
                throw input.error("the mapping refers to variable @" + variable + ", which this flow does not supply");
            }
            return input.context().variables().get(variable);
        }
        return literal;
    }
}
