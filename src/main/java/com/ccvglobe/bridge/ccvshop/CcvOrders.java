package com.ccvglobe.bridge.ccvshop;

import java.util.List;

/**
 * Orders in CCV Shop: list with filters, one order, all its rows, and the PATCHes the flows need (status,
 * paid, track & trace, note, mail). Bean {@code ccvOrders}.
 */
public class CcvOrders {

    private final CcvApi api;

    public CcvOrders(CcvApi api) {
        this.api = api;
    }

    /** Every order matching the filter, all pages. */
    public List<CcvOrder> list(CcvOrderFilter filter) {
        return api.getAll("/orders", (filter == null ? CcvOrderFilter.all() : filter).toQuery(), CcvOrder.class);
    }

    /** Every completed order in {@code status}, oldest first. */
    public List<CcvOrder> listByStatus(int status) {
        return list(new CcvOrderFilter(status, null, null, null, null, "id"));
    }

    /** One order by its id (not its order number); {@link CcvNotFoundException} when unknown. */
    public CcvOrder order(long id) {
        return api.get("/orders/" + id, null, CcvOrder.class);
    }

    /** All rows of an order, all pages. */
    public List<CcvOrderRow> rows(long orderId) {
        return api.getAll("/orders/" + orderId + "/orderrows", null, CcvOrderRow.class);
    }

    public void update(long orderId, CcvOrderUpdate update) {
        api.patch("/orders/" + orderId, update);
    }

    public void updateStatus(long orderId, int status, boolean mail) {
        update(orderId, CcvOrderUpdate.status(status, mail));
    }

    public void markPaid(long orderId) {
        update(orderId, CcvOrderUpdate.paid(true));
    }
}
