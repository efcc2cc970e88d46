package com.ccvglobe.bridge.orders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.customers.DebtorResolver;

/**
 * A poll's due orders per customer: one group per e-mail address (trimmed, lower case; an order without one is a
 * group of its own), the orders of a group in CCV order id order, the groups in the order of their first order. The
 * poll books the groups in parallel ({@code bridge.orders.workers}) and the orders of one group one after another, so
 * that one customer's orders never race for the debtor.
 */
@ApplicationScoped
@Named("orderGroups")
public class OrderGroups {

    public List<List<CcvOrder>> byCustomer(List<CcvOrder> due) {
        Map<String, List<CcvOrder>> groups = new LinkedHashMap<>();
        due.stream().sorted(java.util.Comparator.comparingLong(CcvOrder::id)).forEach(order -> {
            String email = order.customer() == null ? null : DebtorResolver.normalise(order.customer().email());
            String key = email == null || email.isBlank() ? "order:" + order.id() : "email:" + email;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(order);
        });
        return new ArrayList<>(groups.values());
    }
}
