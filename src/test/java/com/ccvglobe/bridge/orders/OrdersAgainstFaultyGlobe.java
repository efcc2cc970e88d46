package com.ccvglobe.bridge.orders;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ParkedMessages;

/**
 * What the orders tests with Globe faults share: the sandbox, the flow's entry, what it logged and parked; no webhooks
 * (only the test starts a sync); Globe's faults cleared after each test; and their profiles' common settings.
 */
abstract class OrdersAgainstFaultyGlobe {

    @Inject
    SandboxOrders sandbox;
    @Inject
    ProducerTemplate producer;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;

    /**
     * Short retries and a state store of the profile's own (the simulators start afresh with the app, so their ids
     * repeat; another profile's in-memory store must not see this run's rows for those ids), then {@code settings}.
     */
    static Map<String, String> profile(String store, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(Map.of("bridge.retry.initial-delay", "20ms",
                "bridge.retry.max-delay", "200ms",
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + store + ";DB_CLOSE_DELAY=-1"));
        all.putAll(settings);
        return all;
    }

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
    }

    @AfterEach
    void globeBack() throws Exception {
        sandbox.globeAdmin("DELETE", "faults", null);
    }
}
