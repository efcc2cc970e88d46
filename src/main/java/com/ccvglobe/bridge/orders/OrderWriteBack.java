package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
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

    /**
     * @param booking the body: what the commit booked
     * @param status the CCV order status to set: a number, {@code none}, or empty for bridge.orders.write-back.status
     * @param note {@code true}/{@code false}: a note with the Globe number; empty for bridge.orders.write-back.note
     */
    public void writeBack(@Body OrderBooking booking, String status, String note, Exchange exchange) {
        Integer newStatus = status == null || status.isBlank() ? config.writeBack().status().orElse(null)
                : "none".equalsIgnoreCase(status.trim()) ? null : Integer.valueOf(status.trim());
        boolean withNote = note == null || note.isBlank() ? config.writeBack().note() : Boolean.parseBoolean(note.trim());
        String number = booking.number();
        if (newStatus == null && !withNote || number == null) {
            return;
        }
        String text = withNote ? "Exact Globe " + booking.kind() + " " + number : null;
        try {
            orders.update(booking.ccvOrderId(), new CcvOrderUpdate(newStatus, null, null, null, text,
                    newStatus == null ? null : Boolean.FALSE));
        } catch (RuntimeException e) {
            LOG.warnf("Order %s is booked in Globe as %s, but the write-back to CCV failed: %s", booking.ccvOrderId(), number,
                    Mask.text(e.getMessage()));
            exchange.setProperty(MessageProperties.SUMMARY, exchange.getProperty(MessageProperties.SUMMARY, "", String.class)
                    + "; write-back to CCV failed: " + e.getClass().getSimpleName());
        }
    }
}
