package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Fetches what the flow needs from CCV and makes it the body: the order with its customer (unless the body already is
 * the order as the poll's list returned it, which saves a second GET) and all its rows, as an {@link OrderInput}.
 */
@ApplicationScoped
@Named("orderLoader")
public class OrderLoader {

    private final CcvOrders orders;

    public OrderLoader(CcvOrders orders) {
        this.orders = orders;
    }

    /**
     * @param body the CCV order id, or the {@link CcvOrder} as listed by the poll
     * @param key the message's business key (the CCV order id)
     */
    public OrderInput load(@Body Object body, @ExchangeProperty(MessageProperties.KEY) String key) {
        long id;
        try {
            id = Long.parseLong(key == null ? "" : key.trim());
        } catch (NumberFormatException e) {
            throw new BusinessException("order " + key, "id", "a CCV order id is a number");
        }
        CcvOrder order = body instanceof CcvOrder listed && listed.id() == id ? listed : orders.order(id);
        return new OrderInput(order, orders.rows(id));
    }
}
