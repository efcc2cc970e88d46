package com.ccvglobe.bridge.sandbox.ccvsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a simulated endpoint answers: status and JSON body (null for 204). */
record SimResponse(int status, JsonNode body) {

    static SimResponse ok(JsonNode body) {
        return new SimResponse(200, body);
    }

    static SimResponse created(JsonNode body) {
        return new SimResponse(201, body);
    }

    static SimResponse noContent() {
        return new SimResponse(204, null);
    }

    /** CCV's error envelope: {@code {"status":..,"code":"<status>.<sub>","developermessage":..}}. */
    static SimResponse error(int status, String code, String developerMessage) {
        ObjectNode body = SimJson.MAPPER.createObjectNode();
        body.put("status", status);
        body.put("code", code);
        body.put("developermessage", developerMessage);
        return new SimResponse(status, body);
    }
}
