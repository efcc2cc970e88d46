package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Map;

/** What the simulator answers: status, headers and a body (JSON, empty, or IIS's HTML for an over-long URL). */
record SimResponse(int status, Map<String, String> headers, String body) {

    static SimResponse json(int status, String body) {
        return new SimResponse(status, Map.of("Content-Type", "application/json;charset=utf-8"), body);
    }

    /** IIS's own answer to a request URL over its limit: an HTML page, not an OData error. */
    static SimResponse urlTooLong() {
        return new SimResponse(414, Map.of("Content-Type", "text/html; charset=us-ascii"),
                "<HTML><HEAD><TITLE>Request URL Too Long</TITLE></HEAD><BODY><h2>Request URL Too Long</h2>"
                        + "<hr><p>HTTP Error 414. The request URL is too long.</p></BODY></HTML>");
    }

    static SimResponse empty(int status) {
        return new SimResponse(status, Map.of(), "");
    }
}
