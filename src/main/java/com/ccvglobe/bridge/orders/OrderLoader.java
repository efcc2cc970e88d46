package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Fetches what the flow needs from CCV: the order (unless the poll handed it over in property {@value #ORDER}, which
 * saves a second GET) and all its rows; puts them in property {@value OrderInput#PROPERTY}.
 */
@ApplicationScoped
@Named("orderLoader")
public class OrderLoader {

    /** The order as the poll's list returned it (a {@link CcvOrder}); absent for webhooks, the operator and replays. */
    public static final String ORDER = "ordersCcvOrder";

    private final CcvOrders orders;

    public OrderLoader(CcvOrders orders) {
        this.orders = orders;
    }

    public void load(Exchange exchange) {
        String key = exchange.getProperty(MessageProperties.KEY, String.class);
        long id;
        try {
            id = Long.parseLong(key == null ? "" : key.trim());
        } catch (NumberFormatException e) {
            throw new BusinessException("order " + key, "id", "a CCV order id is a number");
        }
        CcvOrder handed = exchange.getProperty(ORDER, CcvOrder.class);
        CcvOrder order = handed != null && handed.id() == id ? handed : orders.order(id);
        exchange.removeProperty(ORDER);
        OrderInput input = new OrderInput(order, orders.rows(id));
        exchange.setProperty(OrderInput.PROPERTY, input);
        exchange.setProperty(MessageProperties.SUMMARY, OrderSummary.of(input));
    }
}
