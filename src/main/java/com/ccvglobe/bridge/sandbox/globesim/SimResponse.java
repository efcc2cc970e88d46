package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Map;

/** What the simulator answers: status, headers and a body (JSON or empty). */
record SimResponse(int status, Map<String, String> headers, String body) {

    static SimResponse json(int status, String body) {
        return new SimResponse(status, Map.of("Content-Type", "application/json;charset=utf-8"), body);
    }

    static SimResponse empty(int status) {
        return new SimResponse(status, Map.of(), "");
    }
}
