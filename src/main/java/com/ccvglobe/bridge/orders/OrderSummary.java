package com.ccvglobe.bridge.orders;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.support.Mask;

/** The masked one-line summary of an order for the activity log. */
final class OrderSummary {

    private OrderSummary() {
    }

    static String of(OrderInput input) {
        CcvOrder order = input.order();
        String email = order.customer() == null ? null : order.customer().email();
        return "#" + (order.ordernumberFull() == null ? "-" : order.ordernumberFull()) + " " + input.rows().size() + " row(s) "
                + (order.currency() == null ? "" : order.currency() + " ")
                + (order.totalPrice() == null ? "?" : order.totalPrice().toPlainString())
                + (email == null || email.isBlank() ? "" : " " + Mask.email(email.trim()));
    }
}
