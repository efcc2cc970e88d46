package com.ccvglobe.bridge.ccvshop;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the client under CCV's limits so normal operation never meets a 429: at most N calls per
 * resource-method and M in total within any window (a little over CCV's minute, to absorb clock and network
 * jitter). A call waits until both allow it. The resource is the last named path segment ({@code orderrows}
 * for {@code /orders/1/orderrows}), which is at least as strict as counting per endpoint.
 */
public final class CcvRateLimiter {

    private final CcvClientSettings settings;
    private final long windowMs;
    private final Map<String, Deque<Long>> perResourceMethod = new HashMap<>();
    private final Deque<Long> total = new ArrayDeque<>();

    public CcvRateLimiter(CcvClientSettings settings) {
        this.settings = settings;
        this.windowMs = settings.window().toMillis();
    }

    /** Blocks until the call may go; returns how long it waited (ms). */
    public long acquire(String method, String resource) throws InterruptedException {
        String key = method + " " + resource;
        int limit = "productqueries".equals(resource) ? settings.productQueriesPerMinute()
                : "GET".equals(method) ? settings.getPerMinute() : settings.writePerMinute();
        long waited = 0;
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.currentTimeMillis();
                Deque<Long> window = perResourceMethod.computeIfAbsent(key, k -> new ArrayDeque<>());
                prune(window, now);
                prune(total, now);
                wait = Math.max(waitFor(window, limit, now), waitFor(total, settings.totalPerMinute(), now));
                if (wait <= 0) {
                    window.addLast(now);
                    total.addLast(now);
                    return waited;
                }
            }
            Thread.sleep(wait);
            waited += wait;
        }
    }

    /** How many calls the current window holds, of all resources and methods. */
    public synchronized int callsInWindow() {
        prune(total, System.currentTimeMillis());
        return total.size();
    }

    private long waitFor(Deque<Long> window, int limit, long now) {
        if (limit <= 0 || window.size() < limit) {
            return 0;
        }
        Long[] times = window.toArray(new Long[0]);
        return times[window.size() - limit] + windowMs - now + 1;
    }

    private void prune(Deque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - windowMs) {
            window.removeFirst();
        }
    }

    /** The resource a path counts on: its last segment that is not an id. */
    static String resourceOf(String path) {
        String[] parts = path.split("/");
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].isEmpty() && !parts[i].chars().allMatch(Character::isDigit)) {
                return parts[i];
            }
        }
        return "";
    }
}
