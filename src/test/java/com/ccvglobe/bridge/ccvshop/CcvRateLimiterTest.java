package com.ccvglobe.bridge.ccvshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The limiter lets a webhook's (urgent) call go ahead of calls that waited longer for the same window. */
class CcvRateLimiterTest {

    private static final Duration WINDOW = Duration.ofSeconds(2);

    private final CcvRateLimiter limiter = new CcvRateLimiter(new CcvClientSettings(150, 1, 30, 250, WINDOW,
            Duration.ofSeconds(1), 1, 1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(1), 250, true));
    private final List<String> order = new CopyOnWriteArrayList<>();

    @RepeatedTest(3)
    void anUrgentCallTakesTheNextSlotBeforeACallThatWaitedLonger() throws Exception {
        limiter.acquire("PATCH", "orders"); // the window's one write is used
        CompletableFuture<Void> poll = CompletableFuture.runAsync(() -> take("poll", false));
        CompletableFuture<Void> webhook = CompletableFuture.runAsync(() -> take("webhook", true));
        await().atMost(Duration.ofSeconds(1)).until(() -> limiter.urgentWaiting() == 1);

        webhook.get();
        assertThat(poll).as("the poll's call waits for the window after").isNotDone();
        poll.get();
        assertThat(order).containsExactly("webhook", "poll");
        assertThat(limiter.urgentWaiting()).isZero();
    }

    @Test
    void anUrgentCallWaitingForOneResourceDoesNotHoldBackCallsOfAnother() throws Exception {
        limiter.acquire("PATCH", "orders");
        CompletableFuture<Void> webhook = CompletableFuture.runAsync(() -> take("webhook", true));
        await().atMost(Duration.ofSeconds(1)).until(() -> limiter.urgentWaiting() == 1);

        assertThat(limiter.acquire("GET", "products")).as("ms waited").isZero();
        webhook.get();
    }

    private void take(String who, boolean urgent) {
        CcvCallPriority priority = new CcvCallPriority();
        if (urgent) {
            priority.onExchangeBegin(null, null);
        }
        try {
            limiter.acquire("PATCH", "orders");
            order.add(who);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            priority.onExchangeDone(null, null);
        }
    }
}
