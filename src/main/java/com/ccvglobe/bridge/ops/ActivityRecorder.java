package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.support.MessageProperties;
import com.ccvglobe.bridge.support.RecordOutcome;

/**
 * Last step of every per-record route: writes the activity row and counts the outcome. Status, target and summary come
 * from the body when it is a {@link RecordOutcome} (customers, articles, stock), else from the exchange properties
 * {@code bridgeStatus} (committed when absent), {@code bridgeTargetRef} and {@code bridgeSummary} (orders); a
 * {@code bridgeNote} (the block's {@code note}) is appended to the summary.
 */
@ApplicationScoped
@Named("recordActivity")
public class ActivityRecorder {

    private final ActivityLog log;
    private final FlowMetrics metrics;

    public ActivityRecorder(ActivityLog log, FlowMetrics metrics) {
        this.log = log;
        this.metrics = metrics;
    }

    public void record(Exchange exchange) {
        RecordOutcome outcome = exchange.getMessage().getBody() instanceof RecordOutcome body ? body
                : new RecordOutcome(exchange.getProperty(MessageProperties.STATUS, String.class),
                        exchange.getProperty(MessageProperties.TARGET_REF, String.class),
                        exchange.getProperty(MessageProperties.SUMMARY, String.class));
        String statusName = outcome.status();
        ActivityStatus status = statusName == null ? ActivityStatus.COMMITTED : ActivityStatus.valueOf(statusName.toUpperCase());
        String note = exchange.getProperty(MessageProperties.NOTE, String.class);
        String summary = note == null ? outcome.summary() : (outcome.summary() == null ? "" : outcome.summary()) + note;
        Instant started = exchange.getProperty(MessageProperties.STARTED_AT, Instant.class);
        Instant finished = Instant.now();
        if (started == null) {
            started = finished;
        }
        String flow = exchange.getProperty(MessageProperties.FLOW, "unknown", String.class);
        log.append(new ActivityEntry(null, flow, exchange.getProperty(MessageProperties.KEY, String.class), status,
                MessageProperties.attempts(exchange), started, finished, outcome.targetRef(), null, null, null, summary));
        metrics.outcome(flow, status.name().toLowerCase(), Duration.between(started, finished));
    }
}
