package com.ccvglobe.bridge.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.OpsState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;

/**
 * The initial sync window: where the first orders poll (no cursor yet) starts. {@code bridge.orders.since} sets it;
 * without it the poll starts at now − look-back, and the orders of the {@value #COUNTED_DAYS} days before that which it
 * leaves out are counted, logged and kept under {@value #LEFT_OUT_KEY} for the dashboard.
 */
@ApplicationScoped
public class OrdersFirstPoll {

    public static final String LEFT_OUT_KEY = "orders.first-poll.left-out";
    static final int COUNTED_DAYS = 90;
    private static final Logger LOG = Logger.getLogger(OrdersFirstPoll.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrdersConfig config;
    private final OpsState state;

    public OrdersFirstPoll(OrdersConfig config, OpsState state) {
        this.config = config;
        this.state = state;
    }

    /** What the first poll took and left out: the window's start, whether BRIDGE_ORDERS_SINCE set it, the orders left out. */
    public record Report(String windowStart, boolean fromSince, Integer leftOut, String countedFrom, String at) {
    }

    void check(@Observes StartupEvent event) {
        since();
    }

    /** {@code bridge.orders.since} as an instant; a value that is not a date stops start-up naming key and form. */
    public Optional<Instant> since() {
        return config.since().filter(s -> !s.isBlank()).map(String::trim).map(OrdersFirstPoll::parse);
    }

    static Instant parse(String value) {
        try {
            return value.length() <= 10 ? LocalDate.parse(value).atStartOfDay(ZoneId.systemDefault()).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("bridge.orders.since (BRIDGE_ORDERS_SINCE) must be a date such as 2026-11-01 or a "
                    + "date-time with offset such as 2026-11-01T00:00:00+01:00, not '" + value + "'");
        }
    }

    /** Where the first poll starts. */
    public Instant windowStart(Instant now) {
        return since().orElse(now.minus(config.lookBack()));
    }

    /** How far before the window the left-out orders are counted. */
    public Instant countedFrom(Instant windowStart) {
        return windowStart.minus(Duration.ofDays(COUNTED_DAYS));
    }

    /** Records (and logs) what the first poll took; {@code leftOut} is null when the window came from BRIDGE_ORDERS_SINCE. */
    public void record(Instant windowStart, Integer leftOut) {
        boolean fromSince = since().isPresent();
        Report report = new Report(windowStart.toString(), fromSince, leftOut, fromSince ? null : countedFrom(windowStart).toString(),
                Instant.now().toString());
        if (fromSince) {
            LOG.infof("First orders poll: orders created since %s (bridge.orders.since)", windowStart);
        } else if (leftOut != null && leftOut > 0) {
            LOG.warnf("First orders poll: %d order(s) created between %s and %s were left out as older than the look-back "
                    + "(%s); set BRIDGE_ORDERS_SINCE to a date to take them", leftOut, report.countedFrom(), windowStart,
                    config.lookBack());
        } else {
            LOG.infof("First orders poll: orders created since %s; none of the %d days before were left out", windowStart,
                    COUNTED_DAYS);
        }
        try {
            state.put(LEFT_OUT_KEY, JSON.writeValueAsString(report), "bridge");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first poll's report, once it ran. */
    public Optional<Report> report() {
        return state.get(LEFT_OUT_KEY).map(e -> {
            try {
                return JSON.readValue(e.value(), Report.class);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("unreadable " + LEFT_OUT_KEY + ": " + ex.getOriginalMessage());
            }
        });
    }
}
