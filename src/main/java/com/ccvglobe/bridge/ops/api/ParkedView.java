package com.ccvglobe.bridge.ops.api;

import java.time.Instant;

import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.support.Mask;

/**
 * A parked message as the API shows it. The payload is only in the detail, and masked there (e-mail addresses,
 * phone numbers); the list leaves it out.
 */
public record ParkedView(long id, String flow, String key, String reason, String errorRecord, String errorField,
        int attempts, Instant firstFailureAt, Instant lastFailureAt, String replayUri, String payload) {

    static ParkedView summary(ParkedMessage m) {
        return new ParkedView(m.id(), m.flow(), m.key(), m.reason(), m.errorRecord(), m.errorField(), m.attempts(),
                m.firstFailureAt(), m.lastFailureAt(), m.replayUri(), null);
    }

    static ParkedView detail(ParkedMessage m) {
        return new ParkedView(m.id(), m.flow(), m.key(), m.reason(), m.errorRecord(), m.errorField(), m.attempts(),
                m.firstFailureAt(), m.lastFailureAt(), m.replayUri(), Mask.text(m.payload()));
    }
}
