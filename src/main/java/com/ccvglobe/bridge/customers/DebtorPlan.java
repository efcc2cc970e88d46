package com.ccvglobe.bridge.customers;

import java.util.Map;

import com.ccvglobe.bridge.mapping.DocumentBody;

/**
 * What {@link DebtorResolver} would do for a customer, worked out without writing (the dry-run preview): the debtor
 * number found, or the number, {@code Account} body and (for a company) {@code ContactPerson} body a new debtor would
 * get; for an existing debtor with {@code bridge.customers.update-existing}, the fields a MERGE would change.
 *
 * @param how {@code linked} (known from an earlier order), {@code found} (Globe Account by e-mail) or {@code would create}
 */
public record DebtorPlan(String number, String how, DocumentBody account, DocumentBody contact, Map<String, Object> updates) {

    public DebtorPlan {
        updates = updates == null ? Map.of() : Map.copyOf(updates);
    }

    public boolean create() {
        return account != null;
    }
}
