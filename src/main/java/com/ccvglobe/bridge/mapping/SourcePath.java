package com.ccvglobe.bridge.mapping;

import java.util.EnumSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/**
 * A JSONPath into the source record (a CCV order, order row, customer, or a Globe item), compiled when the
 * mapping loads. A path that finds nothing yields null.
 */
final class SourcePath {

    private static final Configuration JSON_NODES = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(EnumSet.of(Option.SUPPRESS_EXCEPTIONS))
            .build();

    private final String expression;
    private final JsonPath path;

    private SourcePath(String expression, JsonPath path) {
        this.expression = expression;
        this.path = path;
    }

    static SourcePath compile(String expression, Section at) {
        if (!expression.startsWith("$")) {
            throw at.error("a source path must start with '$', e.g. $.customer.email; got '" + expression + "'");
        }
        try {
            return new SourcePath(expression, JsonPath.compile(expression));
        } catch (InvalidPathException | IllegalArgumentException e) {
            throw at.error("invalid JSONPath '" + expression + "': " + e.getMessage());
        }
    }

    String expression() {
        return expression;
    }

    Object read(JsonNode source) {
        if (source == null) {
            return null;
        }
        Object found = path.read(source, JSON_NODES);
        return found instanceof JsonNode node ? Values.of(node) : found;
    }

    @Override
    public String toString() {
        return expression;
    }
}
