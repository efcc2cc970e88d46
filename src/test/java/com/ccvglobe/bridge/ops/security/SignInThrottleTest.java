package com.ccvglobe.bridge.ops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The counting behind the sign-in throttle, on a clock the test moves. */
class SignInThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T03:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5), Duration.ofMinutes(10), now::get);

    @Test
    void refusesAfterMaxFailuresAndForTheLockoutOnly() {
        assertThat(throttle.failed("ann", "10.0.0.1").refusalStarted()).isFalse();
        throttle.failed("ann", "10.0.0.2");
        SignInThrottle.Outcome third = throttle.failed("ann", "10.0.0.3");
        assertThat(third.refusalStarted()).isTrue();
        assertThat(third.refusedFor()).isEqualTo(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("ann", "10.0.0.9")).contains(Duration.ofMinutes(10));
        assertThat(throttle.refusedFor("bob", "10.0.0.1")).isEmpty();

        move(Duration.ofMinutes(9));
        assertThat(throttle.refusedFor("ann", "10.0.0.9")).contains(Duration.ofMinutes(1));
        move(Duration.ofMinutes(1));
        assertThat(throttle.refusedFor("ann", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        throttle.failed("ann", "10.0.0.1");
        throttle.failed("ann", "10.0.0.1");
        move(Duration.ofMinutes(5));
        assertThat(throttle.failed("ann", "10.0.0.1").refusalStarted()).isFalse();
        assertThat(throttle.refusedFor("ann", "10.0.0.1")).isEmpty();
    }

    @Test
    void countsPerAddressAcrossUserNamesAndASuccessClearsOnlyTheUser() {
        throttle.failed("a", "10.0.0.5");
        throttle.failed("b", "10.0.0.5");
        throttle.succeeded("b");
        assertThat(throttle.failed("c", "10.0.0.5").refusalStarted()).isTrue();
        assertThat(throttle.refusedFor("d", "10.0.0.5")).isPresent();
        assertThat(throttle.refusedFor("d", "10.0.0.6")).isEmpty();
    }

    @Test
    void userNamesAreLoggedOnOneLine() {
        assertThat(SignInGuard.loggable("eve\r\nFAKE\u202E'x\\")).isEqualTo("eve\\u000D\\u000AFAKE\\u202E\\u0027x\\u005C");
        assertThat(SignInGuard.loggable("zoë")).isEqualTo("zoë");
        assertThat(SignInGuard.loggable("x".repeat(100))).hasSize(67).endsWith("...");
    }

    private void move(Duration by) {
        now.updateAndGet(t -> t.plus(by));
    }
}
