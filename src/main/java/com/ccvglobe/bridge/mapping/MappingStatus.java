package com.ccvglobe.bridge.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The state of the mapping for the dashboard: the files in force, when they were loaded, when the last
 * reload was attempted, and the last reload error (cleared by the next good load).
 */
@ApplicationScoped
public class MappingStatus {

    /** A consistent view of the status. */
    public record Snapshot(List<String> files, Instant loadedAt, Instant lastReloadAt,
            Optional<MappingProblem> lastError) {
    }

    private volatile Snapshot snapshot = new Snapshot(List.of(), null, null, Optional.empty());

    public Snapshot snapshot() {
        return snapshot;
    }

    void loaded(List<String> files, Instant at) {
        snapshot = new Snapshot(List.copyOf(files), at, at, Optional.empty());
    }

    void failed(MappingProblem problem, Instant at) {
        Snapshot s = snapshot;
        snapshot = new Snapshot(s.files(), s.loadedAt(), at, Optional.of(problem));
    }
}
