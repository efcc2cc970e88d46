package com.ccvglobe.bridge.ops.alerts;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ops.MessageParked;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.support.Mask;

/**
 * Receives every {@link Alert} (and turns each {@link MessageParked} into one), groups repeats of the same cause,
 * notices a flow parking message after message, and hands notifications to {@link AlertDelivery} on its own
 * thread so a slow webhook never holds up a flow.
 */
@ApplicationScoped
public class AlertSink {

    private static final Logger LOG = Logger.getLogger(AlertSink.class);

    private final AlertsConfig config;
    private final AlertDelivery delivery;
    private final Event<Alert> alerts;
    private final AlertGroups groups = new AlertGroups();
    private final Map<String, Deque<Instant>> parkedPerFlow = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bridge-alerts");
        thread.setDaemon(true);
        return thread;
    });

    public AlertSink(AlertsConfig config, AlertDelivery delivery, Event<Alert> alerts) {
        this.config = config;
        this.delivery = delivery;
        this.alerts = alerts;
    }

    void onAlert(@Observes Alert alert) {
        Alert masked = new Alert(alert.kind(), alert.flow(), alert.record(), alert.field(), Mask.text(alert.message()));
        if (groups.admit(masked, Instant.now(), config.groupWindow())) {
            LOG.warnf("Alert: %s", masked.text());
            send(masked.text());
        }
    }

    void onParked(@Observes MessageParked event) {
        ParkedMessage message = event.message();
        alerts.fire(new Alert(Alert.PARKED, message.flow(), message.errorRecord(), message.errorField(), problem(message)));
        int recent = countParked(message.flow(), Instant.now());
        if (recent >= config.failureThreshold()) {
            alerts.fire(new Alert(Alert.FLOW_FAILING, message.flow(), null, null, recent + " messages parked within "
                    + config.failureWindow().toMinutes() + " min; the latest: " + message.reason()));
        }
    }

    /** Sends the counts of grouped repeats whose window has passed; run by the alert check. */
    public void sendGroupedRepeats() {
        for (String summary : groups.closeExpired(Instant.now(), config.groupWindow())) {
            send(summary);
        }
    }

    /** The parker's reason without the record and field it starts with (the alert names those itself). */
    private static String problem(ParkedMessage message) {
        String reason = message.reason();
        String prefix = message.errorRecord() + (message.errorField() != null ? ", field " + message.errorField() : "") + ": ";
        return reason != null && reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    private int countParked(String flow, Instant now) {
        Deque<Instant> times = parkedPerFlow.computeIfAbsent(flow, f -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            Instant cutoff = now.minus(config.failureWindow());
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private void send(String text) {
        sender.execute(() -> delivery.deliver(text));
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
