package com.ccvglobe.bridge.ops.alerts;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;

import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The scheduled alert check (route {@code alert-checks}): a cursor not confirmed for longer than
 * {@code bridge.alerts.cursor-stall-after} raises a cursor-stalled alert; grouped repeats are summed up.
 */
@ApplicationScoped
@Named("alertChecks")
public class AlertChecks {

    private final SyncCursors cursors;
    private final AlertsConfig config;
    private final AlertSink sink;
    private final Event<Alert> alerts;

    public AlertChecks(SyncCursors cursors, AlertsConfig config, AlertSink sink, Event<Alert> alerts) {
        this.cursors = cursors;
        this.config = config;
        this.sink = sink;
        this.alerts = alerts;
    }

    public void run() {
        Instant now = Instant.now();
        Duration limit = config.cursorStallAfter();
        for (SyncCursors.Position cursor : cursors.all()) {
            if (cursor.updatedAt() != null && cursor.updatedAt().plus(limit).isBefore(now)) {
                alerts.fire(new Alert(Alert.CURSOR_STALLED, flowOf(cursor.name()), cursor.name(), null,
                        "cursor " + cursor.name() + " has not advanced since " + cursor.updatedAt() + " (more than " + limit
                                .toMinutes() + " min); check that the flow runs and its source answers"));
            }
        }
        sink.sendGroupedRepeats();
    }

    /** Cursors are named after their flow: {@code orders} or {@code orders.since}. */
    static String flowOf(String cursorName) {
        int dot = cursorName.indexOf('.');
        return dot > 0 ? cursorName.substring(0, dot) : cursorName;
    }
}
