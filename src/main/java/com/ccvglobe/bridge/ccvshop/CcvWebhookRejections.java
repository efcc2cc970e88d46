package com.ccvglobe.bridge.ccvshop;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.support.LogSafe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

/**
 * Counts refused webhook deliveries in {@code bridge_webhook_rejected_total{reason}} and sums them up in at most one
 * REJECTED activity row (flow {@code webhooks}, key {@value #SUMMARY_KEY}) and one WARN line per
 * {@code bridge.webhooks.rejection-summary-interval}: a flood of forged deliveries writes no row and no line each.
 * Request values (the event name) reach the summary escaped ({@link LogSafe}).
 */
@ApplicationScoped
public class CcvWebhookRejections {

    public static final String SUMMARY_KEY = "refused-deliveries";
    private static final Logger LOG = Logger.getLogger(CcvWebhookRejections.class);

    /** Why a delivery was refused; {@code label} is the metric's reason tag. */
    public enum Reason {
        UNKNOWN_EVENT("unknown-event", "not a configured event"),
        NO_KEY("no-key", "no webhook is registered for this event"),
        MISSING_SIGNATURE("missing-signature", "missing x-hash"),
        BAD_SIGNATURE("bad-signature", "x-hash does not match"),
        NO_ID("no-id", "signed delivery without a numeric id"),
        TOO_LARGE("too-large", "body larger than bridge.webhooks.max-body-bytes"),
        BUSY("busy", "more deliveries at once than bridge.webhooks.max-concurrent"),
        TIMEOUT("timeout", "body not sent within bridge.webhooks.body-timeout");

        public final String label;
        public final String text;

        Reason(String label, String text) {
            this.label = label;
            this.text = text;
        }
    }

    private final Vertx vertx;
    private final ActivityLog activity;
    private final long intervalMs;
    private final Map<Reason, Counter> counters = new EnumMap<>(Reason.class);
    private final Map<Reason, Long> pending = new EnumMap<>(Reason.class);
    private Instant pendingSince;
    private String lastEvent;
    private long nextSummaryAt;
    private boolean summaryScheduled;

    public CcvWebhookRejections(MeterRegistry registry, Vertx vertx, ActivityLog activity, CcvWebhookConfig config) {
        this.vertx = vertx;
        this.activity = activity;
        this.intervalMs = config.rejectionSummaryInterval().toMillis();
        for (Reason reason : Reason.values()) {
            counters.put(reason, Counter.builder("bridge.webhook.rejected")
                    .description("CCV webhook deliveries refused before any work, by reason").tag("reason", reason.label)
                    .register(registry));
        }
    }

    /** Counts one refused delivery; safe to call on the event loop (the summary is written on a worker). */
    public void count(Reason reason, String event) {
        counters.get(reason).increment();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("CCV webhook delivery refused (%s), event %s", reason.label, LogSafe.text(event));
        }
        long now = System.currentTimeMillis();
        long delay;
        synchronized (this) {
            if (pending.isEmpty()) {
                pendingSince = Instant.ofEpochMilli(now);
            }
            pending.merge(reason, 1L, Long::sum);
            lastEvent = event;
            if (summaryScheduled) {
                return;
            }
            summaryScheduled = true;
            delay = Math.max(0, nextSummaryAt - now);
        }
        if (delay == 0) {
            writeSummaryLater();
        } else {
            vertx.setTimer(delay, id -> writeSummaryLater());
        }
    }

    private void writeSummaryLater() {
        vertx.executeBlocking(() -> {
            writeSummary();
            return null;
        }, false);
    }

    private void writeSummary() {
        Map<Reason, Long> counts;
        Instant since;
        String event;
        synchronized (this) {
            counts = new EnumMap<>(pending);
            since = pendingSince;
            event = lastEvent;
            pending.clear();
            summaryScheduled = false;
            nextSummaryAt = System.currentTimeMillis() + intervalMs;
        }
        if (counts.isEmpty()) {
            return;
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String byReason = counts.entrySet().stream().map(e -> e.getKey().label + " " + e.getValue() + " (" + e.getKey().text + ")")
                .collect(Collectors.joining(", "));
        String message = total + " CCV webhook deliveries refused: " + byReason + "; last event: " + LogSafe.text(event);
        LOG.warn(message);
        try {
            activity.append(new ActivityEntry(null, "webhooks", SUMMARY_KEY, ActivityStatus.REJECTED, (int) Math.min(total,
                    Integer.MAX_VALUE), since, Instant.now(), null, "CCV webhook deliveries", "request", message,
                    "CCV webhook deliveries refused since " + since + " (bridge_webhook_rejected_total)"));
        } catch (RuntimeException e) {
            LOG.warnf("The summary of refused CCV webhook deliveries was not stored: %s", e.getMessage());
        }
    }
}
