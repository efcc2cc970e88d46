package com.ccvglobe.bridge.ops.api;

/** Why an operator discards a parked message; kept in the activity log. */
public record DiscardRequest(String reason) {
}
