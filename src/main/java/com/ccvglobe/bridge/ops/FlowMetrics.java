package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * Per-flow counters in Prometheus: {@code bridge_messages_total{flow,outcome}},
 * {@code bridge_retries_total{flow}}, {@code bridge_processing_seconds{flow,outcome}},
 * {@code bridge_last_success_timestamp_seconds{flow}}, {@code bridge_ratelimiter_wait_seconds{resource}}.
 */
@Startup
@ApplicationScoped
public class FlowMetrics {

    /** The flows known up front, so their series exist (at zero) from start-up. */
    public static final List<String> FLOWS = List.of("orders", "order-status", "articles", "stock", "customers");

    private final MeterRegistry registry;
    private final Map<String, AtomicReference<Double>> lastSuccess = new ConcurrentHashMap<>();

    public FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String flow : FLOWS) {
            for (String outcome : List.of("received", "committed", "skipped", "parked", "rejected")) {
                messages(flow, outcome);
            }
            retries(flow);
            lastSuccessHolder(flow);
        }
    }

    public void outcome(String flow, String outcome, Duration took) {
        messages(flow, outcome).increment();
        if ("committed".equals(outcome)) {
            lastSuccessHolder(flow).set(System.currentTimeMillis() / 1000.0);
        }
        if (took != null) {
            Timer.builder("bridge.processing").description("Time from a message entering its flow to its outcome")
                    .tag("flow", flow).tag("outcome", outcome).publishPercentileHistogram().register(registry).record(took);
        }
    }

    /** Time a vendor call waited for the rate limiter, per resource and method (e.g. {@code GET /orders}). */
    public void rateLimiterWait(String resourceMethod, Duration waited) {
        Timer.builder("bridge.ratelimiter.wait").description("Time vendor calls waited for the rate limiter")
                .tag("resource", resourceMethod).register(registry).record(waited);
    }

    private AtomicReference<Double> lastSuccessHolder(String flow) {
        return lastSuccess.computeIfAbsent(flow, f -> {
            AtomicReference<Double> holder = new AtomicReference<>(0.0);
            Gauge.builder("bridge.last.success.timestamp", holder, AtomicReference::get)
                    .description("When the flow last committed a message (seconds since the epoch; 0 = never)")
                    .baseUnit("seconds").tag("flow", f).register(registry);
            return holder;
        });
    }

    public void retried(String flow) {
        retries(flow).increment();
    }

    private Counter messages(String flow, String outcome) {
        return Counter.builder("bridge.messages").description("Messages per flow and outcome")
                .tag("flow", flow).tag("outcome", outcome).register(registry);
    }

    private Counter retries(String flow) {
        return Counter.builder("bridge.retries").description("Redeliveries after transient faults")
                .tag("flow", flow).register(registry);
    }
}
