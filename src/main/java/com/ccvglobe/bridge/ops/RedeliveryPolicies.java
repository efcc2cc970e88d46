package com.ccvglobe.bridge.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.apache.camel.LoggingLevel;
import org.apache.camel.processor.errorhandler.RedeliveryPolicy;

import com.ccvglobe.bridge.config.BridgeConfig;

/** The back-off for transient faults, from {@code bridge.retry.*}; referenced by the shared error handler. */
@ApplicationScoped
public class RedeliveryPolicies {

    @Produces
    @Singleton
    @Named("transientFaultRedelivery")
    RedeliveryPolicy transientFaults(BridgeConfig config) {
        BridgeConfig.Retry retry = config.retry();
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(retry.maxRedeliveries());
        policy.setRedeliveryDelay(retry.initialDelay().toMillis());
        policy.setUseExponentialBackOff(true);
        policy.setBackOffMultiplier(retry.multiplier());
        policy.setMaximumRedeliveryDelay(retry.maxDelay().toMillis());
        policy.setRetryAttemptedLogLevel(LoggingLevel.WARN);
        policy.setRetriesExhaustedLogLevel(LoggingLevel.WARN);
        // Camel's own failure lines quote the exception message unmasked (a vendor's validation message may name
        // the shopper's e-mail address): countRetry and parkMessage log a masked line instead.
        policy.setLogRetryAttempted(false);
        policy.setLogExhausted(false);
        policy.setLogHandled(false);
        policy.setLogStackTrace(false);
        policy.setLogRetryStackTrace(false);
        return policy;
    }
}
