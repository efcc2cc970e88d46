package com.ccvglobe.bridge.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.LastSentValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Progress of the current stock run, for a large resync: gauges {@code bridge_stock_pending} (changes still to
 * send) and {@code bridge_stock_unlinked_skus}, and a log line every 100 sends with the ETA. A claimed run (see
 * {@link StockRuns}) also stores where it stands in the state store, at its start, when its changes are known and
 * every {@value #STORE_EVERY} sends, so that any replica can tell a second caller what is going.
 */
@ApplicationScoped
public class StockProgress {

    /** Where a claimed run's status is kept: last-sent value {@code stock-run}/{@code status} (no cursor: no stall alert). */
    static final String STATUS_FLOW = "stock-run";
    static final String STATUS_KEY = "status";
    private static final Logger LOG = Logger.getLogger(StockProgress.class);
    private static final int LOG_EVERY = 100;
    private static final int STORE_EVERY = 10;

    private final LastSentValues statusStore;
    private final ObjectMapper json;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger unlinked = new AtomicInteger();
    private final AtomicLong startedAt = new AtomicLong();
    /** The claimed run under way on this instance, or null. */
    private volatile StockRunStatus claimed;

    public StockProgress(MeterRegistry registry, LastSentValues statusStore, ObjectMapper json) {
        this.statusStore = statusStore;
        this.json = json;
        Gauge.builder("bridge.stock.pending", () -> Math.max(0, total.get() - done.get()))
                .description("Stock changes of the current run still to send").register(registry);
        Gauge.builder("bridge.stock.unlinked.skus", unlinked::get)
                .description("SKUs with Globe stock but no CCV product, at the last run").register(registry);
    }

    /** A claimed run begins: reading Globe stock. */
    void begin(StockRunStatus run) {
        claimed = run;
        store(run);
    }

    /** Whether a claimed run is under way on this instance. */
    boolean running() {
        return claimed != null;
    }

    /** The claimed run has ended (sent everything, or failed). */
    void end(String runId) {
        StockRunStatus run = claimed;
        if (run != null && run.runId().equals(runId)) {
            claimed = null;
            store(run.with("finished", total.get(), done.get()));
        }
    }

    /** What the state store says about the latest claimed run. */
    Optional<StockRunStatus> stored() {
        return statusStore.get(STATUS_FLOW, STATUS_KEY).flatMap(value -> {
            try {
                return Optional.of(json.readValue(value, StockRunStatus.class));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        });
    }

    void started(StockRun run) {
        total.set(run.changes());
        done.set(0);
        unlinked.set(run.unlinked());
        startedAt.set(System.nanoTime());
        StockRunStatus current = claimed;
        if (current != null) {
            store(current.with("sending", run.changes(), 0));
        }
    }

    /** One change was handled (sent or parked); logs progress every 100. */
    void handled() {
        int now = done.incrementAndGet();
        int all = total.get();
        StockRunStatus current = claimed;
        if (current != null && (now % STORE_EVERY == 0 || now == all)) {
            store(current.with("sending", all, now));
        }
        if (now % LOG_EVERY == 0 && all > 0) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt.get());
            Duration eta = elapsed.multipliedBy(all - now).dividedBy(now);
            LOG.infof("stock: %d of %d changes sent, about %d s to go (done by %s)", now, all, eta.toSeconds(),
                    Instant.now().plus(eta));
        }
    }

    /** Progress is information: a state store that does not take it fails no send. */
    private void store(StockRunStatus status) {
        try {
            statusStore.recordSent(STATUS_FLOW, STATUS_KEY, json.writeValueAsString(status));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.debugf("stock run %s: progress not stored (%s)", status.runId(), e.getMessage());
        }
    }
}
