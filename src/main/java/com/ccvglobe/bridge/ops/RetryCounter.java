package com.ccvglobe.bridge.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import com.ccvglobe.bridge.support.MessageProperties;

/** Runs before each redelivery of a transient fault: counts it per flow. */
@ApplicationScoped
@Named("countRetry")
public class RetryCounter implements Processor {

    private final FlowMetrics metrics;

    public RetryCounter(FlowMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(MessageProperties.REDELIVERIES, exchange.getProperty(MessageProperties.REDELIVERIES, 0, Integer.class) + 1);
        metrics.retried(exchange.getProperty(MessageProperties.FLOW, "unknown", String.class));
    }
}
