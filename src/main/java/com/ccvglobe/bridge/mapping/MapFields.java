package com.ccvglobe.bridge.mapping;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import com.ccvglobe.bridge.support.MessageProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The processor of the {@code map-fields} building block: applies one mapping section to the body and makes the
 * mapped fields (target field → value) the body. The body is read as the vendor's JSON: a JSON string or tree as is,
 * anything else (a map, a record) as snake_case JSON, so {@code $.billingaddress.city} reads a CCV customer either way.
 * One instance per templated route, configured by the template's {@code section}.
 */
public class MapFields implements Processor {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private String section;

    public void setSection(String section) {
        this.section = section;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        FieldMapper mapper = exchange.getContext().getRegistry().findSingleByType(FieldMapper.class);
        String key = exchange.getProperty(MessageProperties.KEY, String.class);
        String flow = exchange.getProperty(MessageProperties.FLOW, "record", String.class);
        MappedFields mapped = mapper.apply(section, tree(exchange.getMessage().getBody()),
                MappingContext.of(flow + " " + (key == null ? "" : key)));
        exchange.getMessage().setBody(DocumentBody.of(mapped).values());
    }

    private static JsonNode tree(Object body) throws Exception {
        if (body instanceof JsonNode node) {
            return node;
        }
        if (body instanceof String text) {
            return JSON.readTree(text);
        }
        if (body instanceof byte[] bytes) {
            return JSON.readTree(bytes);
        }
        return JSON.valueToTree(body);
    }
}
