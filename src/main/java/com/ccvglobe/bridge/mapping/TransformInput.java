package com.ccvglobe.bridge.mapping;

import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.JsonNode;

/** What a transform sees besides the value: the source record, the context and the target field's name. */
public record TransformInput(JsonNode source, MappingContext context, String target) {

    BusinessException error(String message) {
        return new BusinessException(context.record(), target, message);
    }
}
