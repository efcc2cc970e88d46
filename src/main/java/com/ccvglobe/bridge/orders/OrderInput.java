package com.ccvglobe.bridge.orders;

import java.util.List;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderRow;

/** A CCV order with its rows, as fetched once per message (exchange property {@value #PROPERTY}). */
public record OrderInput(CcvOrder order, List<CcvOrderRow> rows) {

    public static final String PROPERTY = "ordersInput";

    public OrderInput {
        rows = List.copyOf(rows);
    }

    /** Business key for error messages: {@code order 123 (#1045)}. */
    public String record() {
        return "order " + order.id() + (order.ordernumberFull() == null || order.ordernumberFull().isBlank() ? ""
                : " (#" + order.ordernumberFull() + ")");
    }
}
