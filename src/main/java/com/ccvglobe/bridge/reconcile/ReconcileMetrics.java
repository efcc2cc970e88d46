package com.ccvglobe.bridge.reconcile;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.ccvglobe.bridge.state.ReconcileResults;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Gauges {@code bridge_reconcile_differences{category}}: the differences the latest finished reconciliation found per
 * category (orders, totals, stock, articles, customers), read back from the state store at start-up.
 */
@ApplicationScoped
public class ReconcileMetrics {

    private final Map<Category, AtomicLong> counts = new EnumMap<>(Category.class);
    private final ReconcileResults results;

    public ReconcileMetrics(MeterRegistry registry, ReconcileResults results) {
        this.results = results;
        for (Category category : Category.values()) {
            AtomicLong count = new AtomicLong();
            counts.put(category, count);
            Gauge.builder("bridge.reconcile.differences", count, AtomicLong::get).tag("category", category.name())
                    .description("Differences between CCV Shop and Exact Globe found by the latest reconciliation")
                    .register(registry);
        }
    }

    void onStart(@Observes StartupEvent event) {
        results.latestFinished().ifPresent(run -> show(results.counts(run.id())));
    }

    /** The latest run's counts per category (categories without differences count 0). */
    void show(Map<String, Long> perCategory) {
        counts.forEach((category, count) -> count.set(perCategory.getOrDefault(category.name(), 0L)));
    }
}
