package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.StateStoreProbe;
import com.ccvglobe.bridge.state.SwitchableDataSource;
import com.ccvglobe.bridge.support.Dependencies;

/**
 * Polling routes pause while the state store does not answer and resume by themselves; other routes are not gated.
 * A real H2 database behind a data source that can be switched off stands in for a database server going away.
 */
class PollingGateTest {

    @Test
    void pollsPauseWhileTheStateStoreIsAwayAndResumeWhenItIsBack() throws Exception {
        SwitchableDataSource database = new SwitchableDataSource("polling-gate");
        Dependencies dependencies = new Dependencies(3);
        PollingGate gate = new PollingGate(new StateStoreProbe(database, dependencies));
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger webhooks = new AtomicInteger();
        Path root = Files.createTempDirectory("bridge-gate");
        DefaultCamelContext context = new DefaultCamelContext();
        context.addService(ClusterServices.create(new LeaderElectionTest.FileCluster(root.toString()), "gate-test"));
        context.addRoutePolicyFactory(gate);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:orders-poll:timer:orders-poll?period=50").routeId("orders-poll").process(e -> polls.incrementAndGet());
                from("timer:intake?period=50").routeId("webhook-like").process(e -> webhooks.incrementAndGet());
            }
        });
        context.start();
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> polls.get() > 3);
            assertThat(gate.pausedSince()).isNull();

            database.down.set(true);
            await().atMost(Duration.ofSeconds(10)).until(() -> gate.pausedSince() != null);
            assertThat(dependencies.stateStore().degraded()).isTrue();
            int pollsWhileDown = polls.get();
            int webhooksBefore = webhooks.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> webhooks.get() > webhooksBefore + 10);
            assertThat(polls.get()).as("no poll ran its steps while the store was away").isEqualTo(pollsWhileDown);

            database.down.set(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() > pollsWhileDown + 3);
            assertThat(gate.pausedSince()).as("resumed by itself").isNull();
            assertThat(dependencies.stateStore().degraded()).isFalse();
        } finally {
            context.stop();
        }
    }
}
