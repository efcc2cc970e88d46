package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.ccvshop.CcvOrder;

/**
 * Whether the order (body) is one to book now: completed (checked out), paid when {@code bridge.orders.only-paid}, and
 * in one of {@code bridge.orders.statuses} when set. The route skips the others with {@link #reason}, without claiming
 * the order: it is taken when it qualifies later (a paid webhook, the next poll).
 */
@ApplicationScoped
@Named("orderQualifier")
public class OrderQualifier {

    private final OrdersConfig config;

    public OrderQualifier(OrdersConfig config) {
        this.config = config;
    }

    public boolean qualifies(OrderInput input) {
        return reason(input) == null;
    }

    /** Why the order is not booked now, or {@code null} when it qualifies. */
    public String reason(OrderInput input) {
        CcvOrder order = input.order();
        if (Boolean.FALSE.equals(order.isCompleted())) {
            return "not checked out yet";
        }
        if (config.onlyPaid() && !order.paid()) {
            return "not paid yet (bridge.orders.only-paid)";
        }
        if (config.statuses().filter(s -> !s.isEmpty()).map(s -> !s.contains(order.status())).orElse(false)) {
            return "status " + order.status() + " is not in bridge.orders.statuses";
        }
        return null;
    }
}
