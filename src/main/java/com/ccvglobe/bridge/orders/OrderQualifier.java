package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Whether the order is one to book now: completed (checked out), paid when {@code bridge.orders.only-paid}, and in one
 * of {@code bridge.orders.statuses} when set. Otherwise the message is SKIPPED with the reason, without claiming the
 * order: it is taken when it qualifies later (a paid webhook, the next poll).
 */
@ApplicationScoped
@Named("orderQualifier")
public class OrderQualifier {

    private final OrdersConfig config;

    public OrderQualifier(OrdersConfig config) {
        this.config = config;
    }

    public boolean qualifies(Exchange exchange) {
        CcvOrder order = exchange.getProperty(OrderInput.PROPERTY, OrderInput.class).order();
        String reason = null;
        if (Boolean.FALSE.equals(order.isCompleted())) {
            reason = "not checked out yet";
        } else if (config.onlyPaid() && !order.paid()) {
            reason = "not paid yet (bridge.orders.only-paid)";
        } else if (config.statuses().filter(s -> !s.isEmpty()).map(s -> !s.contains(order.status())).orElse(false)) {
            reason = "status " + order.status() + " is not in bridge.orders.statuses";
        }
        if (reason == null) {
            return true;
        }
        exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
        exchange.setProperty(MessageProperties.SUMMARY, exchange.getProperty(MessageProperties.SUMMARY, "", String.class)
                + " - skipped: " + reason);
        return false;
    }
}
