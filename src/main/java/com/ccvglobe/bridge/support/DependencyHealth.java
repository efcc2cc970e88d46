package com.ccvglobe.bridge.support;

import java.time.Duration;
import java.time.Instant;

import org.jboss.logging.Logger;

/**
 * What the bridge saw of one system it depends on (CCV Shop, Exact Globe, its own state store), from real traffic:
 * after {@code degradedAfter} failed calls in a row (outages, timeouts, 5xx, 429 after the client's own waits) the
 * system counts as degraded, until the next call that succeeds. Reasons are kept as given: callers pass masked text.
 */
public final class DependencyHealth {

    private static final Logger LOG = Logger.getLogger(DependencyHealth.class);

    /** A point-in-time view for health checks, metrics and the retry decision. */
    public record Snapshot(String name, boolean degraded, Instant degradedSince, int failuresInARow, Instant lastSuccess,
            Instant lastFailure, String lastError) {
    }

    private final String name;
    private final String label;
    private final int degradedAfter;
    private int failuresInARow;
    private Instant degradedSince;
    private Instant lastSuccess;
    private Instant lastFailure;
    private String lastError;

    /**
     * @param name          the health check and metric name, e.g. {@code exact-globe}
     * @param label         how log lines name it, e.g. {@code Exact Globe}
     * @param degradedAfter failed calls in a row that make it degraded (at least 1)
     */
    public DependencyHealth(String name, String label, int degradedAfter) {
        this.name = name;
        this.label = label;
        this.degradedAfter = Math.max(1, degradedAfter);
    }

    /** One not looked at by anyone: for clients built outside CDI (tests, the connection check). */
    public static DependencyHealth untracked(String name) {
        return new DependencyHealth(name, name, Integer.MAX_VALUE);
    }

    public String name() {
        return name;
    }

    public void succeeded() {
        Instant since;
        synchronized (this) {
            lastSuccess = Instant.now();
            failuresInARow = 0;
            since = degradedSince;
            degradedSince = null;
        }
        if (since != null) {
            LOG.infof("%s answers again, after %d s degraded", label, Duration.between(since, Instant.now()).toSeconds());
        }
    }

    /** @param reason what failed, already masked (no personal data, no secrets) */
    public void failed(String reason) {
        boolean turned;
        synchronized (this) {
            lastFailure = Instant.now();
            lastError = reason;
            failuresInARow++;
            turned = degradedSince == null && failuresInARow >= degradedAfter;
            if (turned) {
                degradedSince = lastFailure;
            }
        }
        if (turned) {
            LOG.warnf("%s degraded: %d failed calls in a row, the last: %s. Messages wait and retry until it answers again.",
                    label, degradedAfter, reason);
        }
    }

    public synchronized boolean degraded() {
        return degradedSince != null;
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(name, degradedSince != null, degradedSince, failuresInARow, lastSuccess, lastFailure, lastError);
    }
}
