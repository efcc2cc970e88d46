package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.customers.Debtor;
import com.ccvglobe.bridge.customers.DebtorResolver;

/**
 * The debtor the order is booked on (property {@value OrderDocument#DEBTOR}): the mapping's default debtor in
 * default-debtor mode, else the customer's own debtor through {@link DebtorResolver}.
 */
@ApplicationScoped
@Named("orderDebtor")
public class OrderDebtor {

    public static final String CREATED = "ordersDebtorCreated";

    private final DebtorResolver resolver;

    public OrderDebtor(DebtorResolver resolver) {
        this.resolver = resolver;
    }

    public void assign(Exchange exchange) {
        OrderDocument document = exchange.getProperty(OrderDocument.PROPERTY, OrderDocument.class);
        if (document.onDefaultDebtor()) {
            exchange.setProperty(OrderDocument.DEBTOR, document.defaultDebtor());
            return;
        }
        OrderInput input = exchange.getProperty(OrderInput.PROPERTY, OrderInput.class);
        Debtor debtor = resolver.resolve(document.customer(), input.record(), document.paymentTerms().condition());
        exchange.setProperty(OrderDocument.DEBTOR, debtor.number());
        exchange.setProperty(CREATED, debtor.created());
    }
}
