package com.ccvglobe.bridge.ops;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.state.StateStoreProbe;
import com.ccvglobe.bridge.support.Dependencies;
import com.ccvglobe.bridge.support.MessageProperties;
import com.ccvglobe.bridge.support.UnansweredWriteException;

/**
 * Whether a message that failed transiently is delivered again (the shared error handler's {@code retryWhileRef}):
 * within {@code bridge.retry.max-redeliveries} always; after that only while CCV Shop, Exact Globe or the state store
 * is degraded (an outage, not this message's own problem), or after a write without an answer, for at most
 * {@code bridge.retry.outage-wait} after the message first failed. And whatever these say, while a booking's outcome is
 * unknown ({@link MessageProperties#OUTCOME_UNKNOWN}): a booked order must not sit in the parked list, and a replay
 * must not book it while Globe may still be running the first call. Otherwise it is parked. The back-off between attempts stays {@code bridge.retry.*}.
 */
@ApplicationScoped
@Named("retryDecision")
public class RetryDecision implements Predicate {

    static final String FIRST_FAILURE = "bridgeFirstFailureNanos";

    private final Dependencies dependencies;
    private final StateStoreProbe stateStore;
    private final int maxRedeliveries;
    private final Duration outageWait;

    public RetryDecision(Dependencies dependencies, StateStoreProbe stateStore, BridgeConfig config) {
        this.dependencies = dependencies;
        this.stateStore = stateStore;
        this.maxRedeliveries = config.retry().maxRedeliveries();
        this.outageWait = config.retry().outageWait();
    }

    @Override
    public boolean matches(Exchange exchange) {
        Long first = exchange.getProperty(FIRST_FAILURE, Long.class);
        if (first == null) {
            first = System.nanoTime();
            exchange.setProperty(FIRST_FAILURE, first);
        }
        int redelivery = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        Long unknownUntil = exchange.getProperty(MessageProperties.OUTCOME_UNKNOWN, Long.class);
        if (redelivery <= maxRedeliveries || unknownUntil != null && System.nanoTime() - unknownUntil < 0) {
            return true;
        }
        boolean outage = !stateStore.available() || dependencies.anyDegraded();
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return (outage || UnansweredWriteException.in(failure)) && System.nanoTime() - first < outageWait.toNanos();
    }
}
