package com.ccvglobe.bridge.state;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** One Camel idempotent repository per flow, referenced by name from the YAML routes. */
@ApplicationScoped
public class IdempotentRepositories {

    @Produces
    @Singleton
    @Named("ordersIdempotentRepository")
    FlowIdempotentRepository orders(IdempotencyKeys keys) {
        return new FlowIdempotentRepository("orders", keys);
    }

    @Produces
    @Singleton
    @Named("customersIdempotentRepository")
    FlowIdempotentRepository customers(IdempotencyKeys keys) {
        return new FlowIdempotentRepository("customers", keys);
    }

    @Produces
    @Singleton
    @Named("orderStatusIdempotentRepository")
    FlowIdempotentRepository orderStatus(IdempotencyKeys keys) {
        return new FlowIdempotentRepository("order-status", keys);
    }
}
