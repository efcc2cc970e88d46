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
 * <p>
 * Calls made on behalf of a shopper who is waiting (a webhook's order, {@link CcvCallPriority#urgent}) go first: while
 * such a call waits for a slot of its resource-method or of the total, other calls leave that slot to it. So a webhook's
 * order is not queued behind a backlog that the poll's workers drain at CCV's limit.
 */
public final class CcvRateLimiter {

    /** How long a call that left its slot to an urgent one waits before it looks again. */
    private static final long YIELD_MS = 20;

    private final CcvClientSettings settings;
    private final long windowMs;
    private final Map<String, Deque<Long>> perResourceMethod = new HashMap<>();
    private final Deque<Long> total = new ArrayDeque<>();
    /** Urgent calls waiting now: per resource-method, and in all. */
    private final Map<String, Integer> urgentWaiting = new HashMap<>();
    private int urgentWaitingTotal;

    public CcvRateLimiter(CcvClientSettings settings) {
        this.settings = settings;
        this.windowMs = settings.window().toMillis();
    }

    /** Blocks until the call may go; returns how long it waited (ms). */
    public long acquire(String method, String resource) throws InterruptedException {
        String key = method + " " + resource;
        int limit = "productqueries".equals(resource) ? settings.productQueriesPerMinute()
                : "GET".equals(method) ? settings.getPerMinute() : settings.writePerMinute();
        boolean urgent = CcvCallPriority.isUrgent();
        boolean counted = false;
        long waited = 0;
        try {
            while (true) {
                long wait;
                synchronized (this) {
                    long now = System.currentTimeMillis();
                    Deque<Long> window = perResourceMethod.computeIfAbsent(key, k -> new ArrayDeque<>());
                    prune(window, now);
                    prune(total, now);
                    wait = Math.max(waitFor(window, limit, now), waitFor(total, settings.totalPerMinute(), now));
                    if (wait <= 0 && !urgent && leaveToUrgent(key, window, limit)) {
                        wait = YIELD_MS;
                    }
                    if (wait <= 0) {
                        window.addLast(now);
                        total.addLast(now);
                        return waited;
                    }
                    if (urgent && !counted) {
                        urgentWaiting.merge(key, 1, Integer::sum);
                        urgentWaitingTotal++;
                        counted = true;
                    }
                }
                Thread.sleep(wait);
                waited += wait;
            }
        } finally {
            if (counted) {
                synchronized (this) {
                    urgentWaiting.merge(key, -1, (a, b) -> a + b == 0 ? null : a + b);
                    urgentWaitingTotal--;
                }
            }
        }
    }

    /**
     * Whether a call that could go now leaves its slot to urgent calls waiting: urgent calls of the same resource-method
     * need the slots left in its window, or urgent calls of any resource need the slots left in the total.
     */
    private boolean leaveToUrgent(String key, Deque<Long> window, int limit) {
        int sameKey = urgentWaiting.getOrDefault(key, 0);
        return sameKey > 0 && limit > 0 && window.size() + sameKey >= limit
                || urgentWaitingTotal > 0 && settings.totalPerMinute() > 0
                        && total.size() + urgentWaitingTotal >= settings.totalPerMinute();
    }

    /** Urgent calls waiting for a slot now. */
    synchronized int urgentWaiting() {
        return urgentWaitingTotal;
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
