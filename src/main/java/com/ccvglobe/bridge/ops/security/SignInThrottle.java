package com.ccvglobe.bridge.ops.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Counts failed sign-ins per user name and per source address: after {@code maxFailures} failures within
 * {@code window}, that user or address is refused for {@code lockout}. A successful sign-in clears the user's count
 * (not the address's). Memory stays bounded: at most {@link #MAX_ENTRIES} names and addresses are tracked, the oldest
 * dropped first.
 */
final class SignInThrottle {

    static final int MAX_ENTRIES = 10_000;

    /** Failures counted since {@code since}; refused until {@code refusedUntil} (null while not refused). */
    private record Count(int failures, Instant since, Instant refusedUntil) {
    }

    /** What a failure did: whether it started a refusal and for how long. */
    record Outcome(boolean refusalStarted, Duration refusedFor) {
    }

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Supplier<Instant> clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    SignInThrottle(int maxFailures, Duration window, Duration lockout, Supplier<Instant> clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** How long the user or the address is still refused; empty when neither is. */
    Optional<Duration> refusedFor(String user, String address) {
        Instant now = clock.get();
        Duration longest = Duration.ZERO;
        for (String key : new String[] { userKey(user), addressKey(address) }) {
            Count count = counts.get(key);
            if (count != null && count.refusedUntil() != null && count.refusedUntil().isAfter(now)) {
                Duration left = Duration.between(now, count.refusedUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    Outcome failed(String user, String address) {
        Instant now = clock.get();
        boolean started = count(userKey(user), now) | count(addressKey(address), now);
        return new Outcome(started, refusedFor(user, address).orElse(Duration.ZERO));
    }

    void succeeded(String user) {
        counts.remove(userKey(user));
    }

    private boolean count(String key, Instant now) {
        if (counts.size() >= MAX_ENTRIES && !counts.containsKey(key)) {
            prune(now);
        }
        boolean[] started = { false };
        counts.compute(key, (k, before) -> {
            if (before == null || isOver(before, now)) {
                return next(1, now, now, started);
            }
            return before.refusedUntil() != null ? before : next(before.failures() + 1, before.since(), now, started);
        });
        return started[0];
    }

    private Count next(int failures, Instant since, Instant now, boolean[] started) {
        if (failures < maxFailures) {
            return new Count(failures, since, null);
        }
        started[0] = true;
        return new Count(failures, since, now.plus(lockout));
    }

    private boolean isOver(Count count, Instant now) {
        return count.refusedUntil() != null ? !count.refusedUntil().isAfter(now) : !count.since().plus(window).isAfter(now);
    }

    private void prune(Instant now) {
        counts.entrySet().removeIf(e -> isOver(e.getValue(), now));
        if (counts.size() >= MAX_ENTRIES) {
            counts.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.since().compareTo(b.since())))
                    .ifPresent(oldest -> counts.remove(oldest.getKey()));
        }
    }

    private static String userKey(String user) {
        return "user:" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
