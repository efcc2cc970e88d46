package com.ccvglobe.bridge.ops;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of one flow (a Camel route group): its routes, whether it runs, when it last ran and
 * last committed, its outcomes in the last 24 hours and the cursors whose name starts with the flow's name.
 */
public record FlowState(String flow, boolean enabled, boolean paused, boolean canRunNow, List<RouteState> routes,
        Instant lastRun, Instant lastSuccess, Map<String, Long> last24h, List<CursorState> cursors) {

    /** One route of the flow: its id, Camel status (Started, Suspended, Stopped) and whether it starts with the app. */
    public record RouteState(String id, String status, boolean autoStartup) {
    }

    /** A sync cursor of the flow: where it continues and when it was last confirmed. */
    public record CursorState(String name, String value, Instant updatedAt) {
    }
}
