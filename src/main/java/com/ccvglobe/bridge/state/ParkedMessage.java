package com.ccvglobe.bridge.state;

import java.time.Instant;

/**
 * A message that failed after its retries (or at once, for a business error). {@code replayUri} is the Camel
 * endpoint that processes it again from the start; {@code payload} is what that endpoint receives.
 */
public record ParkedMessage(Long id, String flow, String key, String replayUri, String payload, String reason,
        String errorRecord, String errorField, int attempts, Instant firstFailureAt, Instant lastFailureAt) {
}
