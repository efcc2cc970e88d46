package com.ccvglobe.bridge.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.MessageProperties;

/** Runs before each redelivery of a transient fault: counts it per flow and logs it (masked). */
@ApplicationScoped
@Named("countRetry")
public class RetryCounter implements Processor {

    private static final Logger LOG = Logger.getLogger(RetryCounter.class);

    private final FlowMetrics metrics;

    public RetryCounter(FlowMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(MessageProperties.REDELIVERIES, exchange.getProperty(MessageProperties.REDELIVERIES, 0, Integer.class) + 1);
        String flow = exchange.getProperty(MessageProperties.FLOW, "unknown", String.class);
        metrics.retried(flow);
        Throwable cause = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        LOG.warnf("Redelivery %d of %s message %s after %s", MessageProperties.attempts(exchange) - 1, flow,
                exchange.getProperty(MessageProperties.KEY, String.class),
                cause == null ? "a transient fault" : Mask.text(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
    }
}
