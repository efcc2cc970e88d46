package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The leader-poll block never runs a poll twice at once: a poll slower than the period (its work on other threads, as
 * the orders poll's parallel split) ends before the next one starts.
 */
@QuarkusTest
class LeaderPollBlockTest {

    private record Run(long started, long ended) {
    }

    @Inject
    CamelContext context;

    private final List<Run> runs = new CopyOnWriteArrayList<>();

    @AfterEach
    void removeRoutes() throws Exception {
        for (String id : List.of("test-leader-poll", "test-slow-poll")) {
            context.getRouteController().stopRoute(id);
            context.removeRoute(id);
        }
    }

    @Test
    void aPollSlowerThanItsPeriodIsNotStartedAgainBeforeItEnded() throws Exception {
        var workers = Executors.newFixedThreadPool(2);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // the poll's work: 300 ms on a worker thread of a parallel split, as in the orders poll
                from("direct:test-slow-poll").routeId("test-slow-poll")
                        .process(e -> e.setProperty("started", System.nanoTime()))
                        .split(constant(List.of("one"))).parallelProcessing().executorService(workers)
                            .process(e -> TimeUnit.MILLISECONDS.sleep(300))
                        .end()
                        .process(e -> runs.add(new Run(e.getProperty("started", Long.class), System.nanoTime())));
            }
        });
        TemplatedRouteBuilder.builder(context, "leader-poll").routeId("test-leader-poll")
                .parameter("group", "test").parameter("lock", "test-leader-poll").parameter("poll", "direct:test-slow-poll")
                .parameter("period", "50").parameter("delay", "0").add();
        context.getRouteController().startRoute("test-leader-poll");

        await().atMost(Duration.ofSeconds(60)).until(() -> runs.size() >= 4);
        workers.shutdown();

        List<Run> seen = List.copyOf(runs);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).started()).as("poll %d starts after poll %d ended", i + 1, i)
                    .isGreaterThanOrEqualTo(seen.get(i - 1).ended());
        }
    }
}
