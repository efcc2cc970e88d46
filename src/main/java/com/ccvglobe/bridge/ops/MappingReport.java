package com.ccvglobe.bridge.ops;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import com.ccvglobe.bridge.mapping.MappingReloadFailed;
import com.ccvglobe.bridge.mapping.MappingStatus;
import com.ccvglobe.bridge.ops.alerts.Alert;

/**
 * Brings the mapping's state to operations: the dashboard's mapping panel reads it, and a failed reload of the
 * user's mapping file becomes an alert naming file, line and key.
 */
@ApplicationScoped
public class MappingReport implements MappingStatusSource {

    private final MappingStatus mapping;
    private final Event<Alert> alerts;

    public MappingReport(MappingStatus mapping, Event<Alert> alerts) {
        this.mapping = mapping;
        this.alerts = alerts;
    }

    @Override
    public Report status() {
        MappingStatus.Snapshot snapshot = mapping.snapshot();
        List<String> errors = snapshot.lastError().map(p -> List.of(p.describe())).orElse(List.of());
        return new Report(String.join(" + ", snapshot.files()), snapshot.lastReloadAt() != null ? snapshot.lastReloadAt()
                : snapshot.loadedAt(), errors.isEmpty(), errors);
    }

    void reloadFailed(@Observes MappingReloadFailed failure) {
        alerts.fire(new Alert(Alert.MAPPING_RELOAD_FAILED, "mapping", failure.problem().file() + ":" + failure.problem().line(),
                failure.problem().key(), failure.problem().message() + " (the previous mapping stays in force)"));
    }
}
