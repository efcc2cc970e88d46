package com.ccvglobe.bridge.ops.api;

import java.time.Instant;

import com.ccvglobe.bridge.state.ActivityEntry;

/** One activity row as the API shows it (the summary and error are masked where they were written). */
public record ActivityView(Long id, String flow, String key, String status, int attempts, Instant startedAt,
        Instant finishedAt, long durationMs, String targetRef, String errorRecord, String errorField, String errorMessage,
        String summary) {

    static ActivityView of(ActivityEntry e) {
        return new ActivityView(e.id(), e.flow(), e.key(), e.status().name(), e.attempts(), e.startedAt(), e.finishedAt(),
                e.durationMs(), e.targetRef(), e.errorRecord(), e.errorField(), e.errorMessage(), e.summary());
    }
}
