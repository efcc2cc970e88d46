package com.ccvglobe.bridge.orders;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderFilter;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The orders to take in this poll: one CCV list call per configured status ({@code is_paid=true} when only paid
 * orders are wanted) from {@code min_create_date} = cursor − look-back. Orders already booked (idempotency key) or
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

    public OrdersPoll(CcvOrders orders, SyncCursors cursors, IdempotencyKeys keys, ParkedMessages parked, OrdersConfig config) {
        this.orders = orders;
        this.cursors = cursors;
        this.keys = keys;
        this.parked = parked;
        this.config = config;
    }

    public List<CcvOrder> due(Exchange exchange) {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant cursor = cursors.current(CURSOR_NAME).map(Instant::parse).orElse(started);
        String minCreateDate = cursor.minus(config.lookBack()).toString();
        List<Integer> statuses = config.statuses().filter(s -> !s.isEmpty()).map(List::copyOf)
                .orElseGet(() -> java.util.Collections.singletonList(null));
        Map<Long, CcvOrder> found = new LinkedHashMap<>();
        for (Integer status : statuses) {
            for (CcvOrder order : orders.list(new CcvOrderFilter(status, config.onlyPaid() ? Boolean.TRUE : null,
                    minCreateDate, null, null, "id"))) {
                found.putIfAbsent(order.id(), order);
            }
        }
        List<CcvOrder> due = new ArrayList<>();
        for (CcvOrder order : found.values()) {
            String key = String.valueOf(order.id());
            if (!keys.contains(OrderAlreadyBooked.FLOW, key) && !parked.isParked(OrderAlreadyBooked.FLOW, key)) {
                due.add(order);
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Orders poll: %d of %d listed order(s) to sync (created since %s)", due.size(), found.size(), minCreateDate);
        }
        exchange.setProperty(CURSOR, cursors.propose(CURSOR_NAME, started.toString()));
        return due;
    }
}
