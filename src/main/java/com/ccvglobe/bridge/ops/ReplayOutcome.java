package com.ccvglobe.bridge.ops;

/**
 * What a replay or discard of a parked message came to. {@code outcome} is {@code COMMITTED} (the flow ran
 * through; the message left the parked list), {@code PARKED} (it failed again and stays parked, with the new
 * reason) or {@code DISCARDED}.
 */
public record ReplayOutcome(long id, String flow, String key, String outcome, String message) {
}
