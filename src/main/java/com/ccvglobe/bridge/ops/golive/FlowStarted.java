package com.ccvglobe.bridge.ops.golive;

/** CDI event: an operator started a held flow on this replica (go-live). */
public record FlowStarted(String flow, String operator) {
}
