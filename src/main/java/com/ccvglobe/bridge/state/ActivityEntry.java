package com.ccvglobe.bridge.state;

import java.time.Duration;
import java.time.Instant;

/**
 * One row of the activity log. {@code summary} is masked before it gets here; no full payloads are kept.
 * {@code id} is null until stored.
 */
public record ActivityEntry(Long id, String flow, String key, ActivityStatus status, int attempts, Instant startedAt,
        Instant finishedAt, String targetRef, String errorRecord, String errorField, String errorMessage, String summary) {

    public long durationMs() {
        return startedAt == null || finishedAt == null ? 0 : Duration.between(startedAt, finishedAt).toMillis();
    }
}
