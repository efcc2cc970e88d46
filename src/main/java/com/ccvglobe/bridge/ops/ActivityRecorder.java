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

/**
 * Last step of every per-record route: writes the activity row (committed unless the route set
 * {@code bridgeStatus}) and counts the outcome.
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
        String statusName = exchange.getProperty(MessageProperties.STATUS, String.class);
        ActivityStatus status = statusName == null ? ActivityStatus.COMMITTED : ActivityStatus.valueOf(statusName.toUpperCase());
        Instant started = exchange.getProperty(MessageProperties.STARTED_AT, Instant.class);
        Instant finished = Instant.now();
        if (started == null) {
            started = finished;
        }
        String flow = exchange.getProperty(MessageProperties.FLOW, "unknown", String.class);
        log.append(new ActivityEntry(null, flow, exchange.getProperty(MessageProperties.KEY, String.class), status,
                MessageProperties.attempts(exchange), started, finished,
                exchange.getProperty(MessageProperties.TARGET_REF, String.class), null, null, null,
                exchange.getProperty(MessageProperties.SUMMARY, String.class)));
        metrics.outcome(flow, status.name().toLowerCase(), Duration.between(started, finished));
    }
}
