package com.ccvglobe.bridge.stock;

/**
 * Where a claimed stock run stands, as the instance running it stores it in the state store (last-sent value
 * {@code stock-run}/{@code status}) for the 409 answer of any replica: its id, what started it ({@code poll}, {@code sync},
 * {@code resync} or {@code replay}), the instance running it, when it started ({@code startedAt}, ISO-8601), its
 * phase ({@code starting}, {@code reading} Globe stock, {@code sending} changes, {@code finished}), and how many of
 * the run's changes were sent.
 */
public record StockRunStatus(String runId, String kind, String instance, String startedAt, String phase, int changes,
        int sent) {

    /** A claim whose holder has not stored its status yet (it claimed a moment ago). */
    static StockRunStatus starting(String runId, String instance, String startedAt) {
        return new StockRunStatus(runId, "unknown", instance, startedAt, "starting", 0, 0);
    }

    StockRunStatus with(String newPhase, int newChanges, int newSent) {
        return new StockRunStatus(runId, kind, instance, startedAt, newPhase, newChanges, newSent);
    }

    String describe() {
        return "stock run " + runId + " (" + kind + ", on " + instance + ", since " + startedAt + "): " + phase
                + ("sending".equals(phase) ? ", " + sent + " of " + changes + " changes sent" : "");
    }
}
