package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Collects {@link MappingReloadFailed} events in tests, as the alerts will. */
@ApplicationScoped
public class ReloadFailures {

    private final List<MappingReloadFailed> seen = new CopyOnWriteArrayList<>();

    void on(@Observes MappingReloadFailed event) {
        seen.add(event);
    }

    public List<MappingReloadFailed> seen() {
        return seen;
    }
}
