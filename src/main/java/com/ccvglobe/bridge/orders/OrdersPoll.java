package com.ccvglobe.bridge.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.ExchangeProperty;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderFilter;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The orders to take in this poll: one CCV list call per configured status ({@code is_paid=true} when only paid
 * orders are wanted) from {@code min_create_date} = cursor − look-back; the first poll (no cursor yet) starts where
 * {@link OrdersFirstPoll} says and reports the orders it leaves out. Orders already booked (idempotency key) or
 * parked (replay handles them) are left out here, so a poll costs no activity rows for them. The next cursor (the poll's
 * start) is proposed in property {@value #CURSOR} and stored by {@link OrdersCursor} only after the batch was handled.
 */
@ApplicationScoped
@Named("ordersPoll")
public class OrdersPoll {

    public static final String CURSOR_NAME = "orders.min-create-date";
    public static final String CURSOR = "ordersCursor";
    private static final Logger LOG = Logger.getLogger(OrdersPoll.class);

    private final CcvOrders orders;
    private final SyncCursors cursors;
    private final IdempotencyKeys keys;
    private final ParkedMessages parked;
    private final OrdersConfig config;
    private final OrdersFirstPoll firstPoll;

    public OrdersPoll(CcvOrders orders, SyncCursors cursors, IdempotencyKeys keys, ParkedMessages parked, OrdersConfig config,
            OrdersFirstPoll firstPoll) {
        this.orders = orders;
        this.cursors = cursors;
        this.keys = keys;
        this.parked = parked;
        this.config = config;
        this.firstPoll = firstPoll;
    }

    /** The poll's start (whole seconds), proposed as the next orders cursor; the route keeps it in {@value #CURSOR}. */
    public SyncCursors.PendingCursor propose() {
        return cursors.propose(CURSOR_NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The listed orders neither booked nor parked, created since the cursor (less the look-back) or the first window. */
    public List<CcvOrder> due(@ExchangeProperty(CURSOR) SyncCursors.PendingCursor proposed) {
        Instant started = Instant.parse(proposed.value());
        Optional<Instant> cursor = cursors.current(CURSOR_NAME).map(Instant::parse);
        Instant windowStart = cursor.map(c -> c.minus(config.lookBack())).orElseGet(() -> firstPoll.windowStart(started));
        String minCreateDate = windowStart.toString();
        Map<Long, CcvOrder> found = listed(minCreateDate, null);
        if (cursor.isEmpty()) {
            firstPoll.record(windowStart, firstPoll.since().isPresent() ? null
                    : (int) listed(firstPoll.countedFrom(windowStart).toString(), minCreateDate).values().stream()
                            .filter(this::notHandled).count());
        }
        List<CcvOrder> due = new ArrayList<>();
        for (CcvOrder order : found.values()) {
            if (notHandled(order)) {
                due.add(order);
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Orders poll: %d of %d listed order(s) to sync (created since %s)", due.size(), found.size(), minCreateDate);
        }
        return due;
    }

    /** The orders in the configured statuses created from {@code minCreateDate} (up to {@code maxCreateDate}), by id. */
    private Map<Long, CcvOrder> listed(String minCreateDate, String maxCreateDate) {
        List<Integer> statuses = config.statuses().filter(s -> !s.isEmpty()).map(List::copyOf)
                .orElseGet(() -> java.util.Collections.singletonList(null));
        Map<Long, CcvOrder> found = new LinkedHashMap<>();
        for (Integer status : statuses) {
            for (CcvOrder order : orders.list(new CcvOrderFilter(status, config.onlyPaid() ? Boolean.TRUE : null,
                    minCreateDate, maxCreateDate, null, "id"))) {
                found.putIfAbsent(order.id(), order);
            }
        }
        return found;
    }

    /** Neither booked (idempotency key) nor parked (replay handles it). */
    private boolean notHandled(CcvOrder order) {
        String key = String.valueOf(order.id());
        return !keys.contains(OrderAlreadyBooked.FLOW, key) && !parked.isParked(OrderAlreadyBooked.FLOW, key);
    }
}
