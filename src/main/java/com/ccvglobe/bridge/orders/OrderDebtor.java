package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.customers.Debtor;
import com.ccvglobe.bridge.customers.DebtorResolver;

/**
 * The document (body) on the debtor it is booked on: the mapping's default debtor in
 * default-debtor mode, else the customer's own debtor through {@link DebtorResolver}.
 */
@ApplicationScoped
@Named("orderDebtor")
public class OrderDebtor {

    private final DebtorResolver resolver;

    public OrderDebtor(DebtorResolver resolver) {
        this.resolver = resolver;
    }

    public OrderDocument assign(OrderDocument document) {
        if (document.onDefaultDebtor()) {
            return document.withDebtor(document.defaultDebtor(), false);
        }
        Debtor debtor = resolver.resolve(document.customer(), document.record(), document.paymentTerms().condition());
        return document.withDebtor(debtor.number(), debtor.created());
    }
}
