package com.ccvglobe.bridge.orders;

import java.util.List;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderRow;

/**
 * A CCV order with its rows and customer, as fetched once per message: the body of the orders flow from
 * {@code fetch-order-and-rows} to {@code map-order}. Routes read it as {@code ${body.order.paymethod}},
 * {@code ${body.order.discountcoupon.code}}, {@code ${body.rows.size()}}.
 */
public record OrderInput(CcvOrder order, List<CcvOrderRow> rows) {

    public OrderInput {
        rows = List.copyOf(rows);
    }

    /** Business key for error messages: {@code order 123 (#1045)}. */
    public String record() {
        return "order " + order.id() + (order.ordernumberFull() == null || order.ordernumberFull().isBlank() ? ""
                : " (#" + order.ordernumberFull() + ")");
    }

    /** The masked one-line summary for the activity log. */
    public String summary() {
        return OrderSummary.of(this);
    }

    /** Masked, like the activity log: a {@code log: ${body}} step never prints the shopper's address. */
    @Override
    public String toString() {
        return "OrderInput[order " + order.id() + " " + summary() + "]";
    }
}
