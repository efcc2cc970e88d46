package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.BridgeConfig;

/**
 * Two replicas with the file cluster service built by {@link ClusterServices}: only the leader polls, and when
 * it stops the other takes over within the lease time.
 */
class LeaderElectionTest {

    record FileCluster(String fileRoot) implements BridgeConfig.Cluster {
        public Mode mode() { return Mode.file; }
        public Optional<String> namespace() { return Optional.empty(); }
        public String leaseName() { return "test"; }
        public Duration leaseDuration() { return Duration.ofSeconds(2); }
        public Duration renewDeadline() { return Duration.ofSeconds(1); }
        public Duration retryPeriod() { return Duration.ofMillis(200); }
        public Duration instanceTimeout() { return Duration.ofSeconds(30); }
    }

    private static DefaultCamelContext replica(String name, Path root, AtomicInteger polls) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        context.addService(ClusterServices.create(new FileCluster(root.toString()), name));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:orders-poll:timer:orders-poll?period=50").routeId("orders-poll").process(e -> polls.incrementAndGet());
            }
        });
        context.start();
        return context;
    }

    @Test
    void onlyTheLeaderPollsAndTheOtherTakesOverWhenItStops() throws Exception {
        Path root = Files.createTempDirectory("bridge-cluster");
        AtomicInteger pollsA = new AtomicInteger();
        AtomicInteger pollsB = new AtomicInteger();
        DefaultCamelContext a = replica("replica-a", root, pollsA);
        DefaultCamelContext b = replica("replica-b", root, pollsB);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> pollsA.get() + pollsB.get() > 5);
            boolean aLeads = pollsA.get() > 0;
            DefaultCamelContext leader = aLeads ? a : b;
            AtomicInteger leaderPolls = aLeads ? pollsA : pollsB;
            AtomicInteger followerPolls = aLeads ? pollsB : pollsA;
            assertThat(followerPolls.get()).as("the follower does not poll while the leader lives").isZero();

            Thread.sleep(500);
            assertThat(followerPolls.get()).isZero();
            assertThat(leaderPolls.get()).isGreaterThan(5);

            long stoppedAt = System.nanoTime();
            leader.stop();
            await().atMost(Duration.ofSeconds(10)).until(() -> followerPolls.get() > 0);
            long takeoverMs = (System.nanoTime() - stoppedAt) / 1_000_000;
            System.out.printf("leader election: takeover after %d ms%n", takeoverMs);
        } finally {
            a.stop();
            b.stop();
        }
    }
}
