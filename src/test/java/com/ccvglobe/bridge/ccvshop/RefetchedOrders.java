package com.ccvglobe.bridge.ccvshop;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Test bean: the orders the test route re-fetched after a webhook. */
@ApplicationScoped
@Named("refetchedOrders")
public class RefetchedOrders {

    private final List<CcvOrder> orders = new CopyOnWriteArrayList<>();

    public void add(CcvOrder order) {
        orders.add(order);
    }

    public List<CcvOrder> orders() {
        return List.copyOf(orders);
    }
}
