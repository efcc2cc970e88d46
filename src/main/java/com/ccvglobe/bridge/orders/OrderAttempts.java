package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * What the state store knows about earlier booking attempts of an order: a marker (idempotency key of flow
 * {@value #FLOW}) is written before the first Globe write of an order. No marker (and not a replay) proves that no
 * booking of the order was ever sent, so the Globe look-up by YourReference is left out; a marker means an earlier
 * attempt may have reached Globe (a crash, a parked message replayed, a claim taken over from a stopped instance), and
 * the look-up runs. {@code bridge.orders.reference-check=always} looks up every order.
 */
@ApplicationScoped
public class OrderAttempts {

    static final String FLOW = "orders-booking";

    private final IdempotencyKeys keys;
    private final OrdersConfig config;

    public OrderAttempts(IdempotencyKeys keys, OrdersConfig config) {
        this.keys = keys;
        this.config = config;
    }

    /**
     * True when Globe must be asked by YourReference before booking. When not, the attempt is recorded now (the
     * booking follows), so that any later attempt of this order asks.
     */
    public boolean mayBeInGlobe(Exchange exchange) {
        String id = exchange.getProperty(MessageProperties.KEY, String.class);
        boolean earlier = config.referenceCheck() == OrdersConfig.ReferenceCheck.ALWAYS
                || Boolean.TRUE.equals(exchange.getProperty(MessageProperties.REPLAY))
                || keys.holder(FLOW, id).isPresent();
        boolean first = keys.add(FLOW, id); // false: another attempt recorded itself in between
        return earlier || !first;
    }
}
