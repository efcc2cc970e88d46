package com.ccvglobe.bridge.mapping;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a mapping YAML file into a Jackson tree while recording the line of every key, so that every error
 * can name file, line and key. Only the literals {@code true}/{@code false} become booleans: YAML 1.1 words
 * such as {@code NO} (Norway) or {@code yes} stay text. Duplicate keys are an error.
 */
final class LocatedYamlReader {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final String file;
    private final Map<String, Origin> origins = new HashMap<>();

    private LocatedYamlReader(String file) {
        this.file = file;
    }

    static YamlDocument read(String file, String content) {
        LocatedYamlReader reader = new LocatedYamlReader(file);
        try (JsonParser parser = YAML.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlDocument(NODES.objectNode(), Map.of());
            }
            int line = parser.currentTokenLocation().getLineNr();
            JsonNode root = reader.value(parser, "");
            if (!root.isObject()) {
                throw new MappingException(new Origin(file, line), "",
                        "the mapping must be a map of keys (vat:, payment-methods:, fields:, ...) at the top level");
            }
            return new YamlDocument(root, Map.copyOf(reader.origins));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String reason = e.getOriginalMessage().replaceAll("\\s*\\n\\s*", " ").trim();
            throw new MappingException(new MappingProblem(file, line, "(syntax)", "not valid YAML: " + reason));
        } catch (IOException e) {
            throw new MappingException(new MappingProblem(file, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        origins.putIfAbsent(path, new Origin(file, p.currentTokenLocation().getLineNr()));
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT:
                return object(p, path);
            case START_ARRAY:
                return array(p, path);
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true".equals(p.getText()) || "false".equals(p.getText())
                        ? NODES.booleanNode(token == JsonToken.VALUE_TRUE)
                        : NODES.textNode(p.getText());
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new MappingException(new Origin(file, p.currentTokenLocation().getLineNr()), path,
                        "unexpected YAML content " + token);
        }
    }

    private ObjectNode object(JsonParser p, String path) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String child = path.isEmpty() ? name : path + "." + name;
            Origin at = new Origin(file, p.currentTokenLocation().getLineNr());
            if (node.has(name)) {
                throw new MappingException(at, child, "duplicate key (first written on line "
                        + origins.get(child).line() + ")");
            }
            origins.put(child, at);
            p.nextToken();
            node.set(name, value(p, child));
        }
        return node;
    }

    private ArrayNode array(JsonParser p, String path) throws IOException {
        ArrayNode node = NODES.arrayNode();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(p, path + "[" + index++ + "]"));
        }
        return node;
    }
}
