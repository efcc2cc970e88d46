package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * Per-flow counters in Prometheus: {@code bridge_messages_total{flow,outcome}},
 * {@code bridge_retries_total{flow}}, {@code bridge_processing_seconds{flow,outcome}}.
 */
@Startup
@ApplicationScoped
public class FlowMetrics {

    /** The flows known up front, so their series exist (at zero) from start-up. */
    public static final List<String> FLOWS = List.of("orders", "order-status", "articles", "stock", "customers");

    private final MeterRegistry registry;

    public FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String flow : FLOWS) {
            for (String outcome : List.of("received", "committed", "skipped", "parked", "rejected")) {
                messages(flow, outcome);
            }
            retries(flow);
        }
    }

    public void outcome(String flow, String outcome, Duration took) {
        messages(flow, outcome).increment();
        if (took != null) {
            Timer.builder("bridge.processing").description("Time from a message entering its flow to its outcome")
                    .tag("flow", flow).tag("outcome", outcome).publishPercentileHistogram().register(registry).record(took);
        }
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
