package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvOrderUpdate;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * After the commit, when configured: one PATCH of the CCV order with the status ({@code bridge.orders.write-back.status})
 * and a note carrying the Globe number ({@code bridge.orders.write-back.note}); the customer is not mailed. The order is
 * booked either way: a failed write-back is logged and noted in the activity summary, never parks the order.
 */
@ApplicationScoped
@Named("orderWriteBack")
public class OrderWriteBack {

    private static final Logger LOG = Logger.getLogger(OrderWriteBack.class);

    private final CcvOrders orders;
    private final OrdersConfig config;

    public OrderWriteBack(CcvOrders orders, OrdersConfig config) {
        this.orders = orders;
        this.config = config;
    }

    public void writeBack(Exchange exchange) {
        Integer status = config.writeBack().status().orElse(null);
        boolean note = config.writeBack().note();
        String number = exchange.getProperty(MessageProperties.TARGET_REF, String.class);
        if (status == null && !note || number == null) {
            return;
        }
        OrderInput input = exchange.getProperty(OrderInput.PROPERTY, OrderInput.class);
        String text = note ? "Exact Globe " + kind() + " " + number : null;
        try {
            orders.update(input.order().id(), new CcvOrderUpdate(status, null, null, null, text, status == null ? null : Boolean.FALSE));
        } catch (RuntimeException e) {
            LOG.warnf("Order %s is booked in Globe as %s, but the write-back to CCV failed: %s", input.order().id(), number,
                    Mask.text(e.getMessage()));
            exchange.setProperty(MessageProperties.SUMMARY, exchange.getProperty(MessageProperties.SUMMARY, "", String.class)
                    + "; write-back to CCV failed: " + e.getClass().getSimpleName());
        }
    }

    private String kind() {
        return switch (config.document()) {
            case salesorder -> "sales order";
            case invoice -> "invoice";
            case financial -> "entry";
        };
    }
}
