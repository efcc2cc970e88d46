package com.ccvglobe.bridge.stock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Progress of the current stock run, for a large resync: gauges {@code bridge_stock_pending} (changes still to
 * send) and {@code bridge_stock_unlinked_skus}, and a log line every 100 sends with the ETA.
 */
@ApplicationScoped
public class StockProgress {

    private static final Logger LOG = Logger.getLogger(StockProgress.class);
    private static final int LOG_EVERY = 100;

    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger unlinked = new AtomicInteger();
    private final AtomicLong startedAt = new AtomicLong();

    public StockProgress(MeterRegistry registry) {
        Gauge.builder("bridge.stock.pending", () -> Math.max(0, total.get() - done.get()))
                .description("Stock changes of the current run still to send").register(registry);
        Gauge.builder("bridge.stock.unlinked.skus", unlinked::get)
                .description("SKUs with Globe stock but no CCV product, at the last run").register(registry);
    }

    void started(StockRun run) {
        total.set(run.changes());
        done.set(0);
        unlinked.set(run.unlinked());
        startedAt.set(System.nanoTime());
    }

    /** One change was handled (sent or parked); logs progress every 100. */
    void handled() {
        int now = done.incrementAndGet();
        int all = total.get();
        if (now % LOG_EVERY == 0 && all > 0) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt.get());
            Duration eta = elapsed.multipliedBy(all - now).dividedBy(now);
            LOG.infof("stock: %d of %d changes sent, about %d s to go (done by %s)", now, all, eta.toSeconds(),
                    Instant.now().plus(eta));
        }
    }
}
