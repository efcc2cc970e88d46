package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * CCV's limits: per minute per resource-method (GET 150, writes 100, productqueries 30) and a total per minute.
 * Sliding window over the last 60 s of accepted calls; a refused call is not counted.
 */
public final class SimRateLimits {

    private static final long WINDOW_MS = 60_000;

    private volatile int getPerMinute = 150;
    private volatile int writePerMinute = 100;
    private volatile int productQueriesPerMinute = 30;
    private volatile int totalPerMinute = 300;
    private volatile boolean enabled = true;

    private final Map<String, Deque<Long>> perResourceMethod = new HashMap<>();
    private final Deque<Long> total = new ArrayDeque<>();

    public synchronized SimRateLimits set(int get, int write, int productQueries, int totalLimit) {
        this.getPerMinute = get;
        this.writePerMinute = write;
        this.productQueriesPerMinute = productQueries;
        this.totalPerMinute = totalLimit;
        return this;
    }

    public SimRateLimits enabled(boolean on) {
        this.enabled = on;
        return this;
    }

    public synchronized void reset() {
        perResourceMethod.clear();
        total.clear();
    }

    int limitFor(String method, String resource) {
        if ("productqueries".equals(resource)) {
            return productQueriesPerMinute;
        }
        return "GET".equals(method) ? getPerMinute : writePerMinute;
    }

    /** Null when the call may pass (and is counted), else the 429 code: {@code 429.10} or {@code 429.11}. */
    synchronized String admit(String method, String resource, long nowMs) {
        if (!enabled) {
            return null;
        }
        Deque<Long> window = perResourceMethod.computeIfAbsent(method + " " + resource, k -> new ArrayDeque<>());
        prune(window, nowMs);
        prune(total, nowMs);
        if (window.size() >= limitFor(method, resource)) {
            return "429.10";
        }
        if (total.size() >= totalPerMinute) {
            return "429.11";
        }
        window.addLast(nowMs);
        total.addLast(nowMs);
        return null;
    }

    private static void prune(Deque<Long> window, long nowMs) {
        while (!window.isEmpty() && window.peekFirst() <= nowMs - WINDOW_MS) {
            window.removeFirst();
        }
    }

    Map<String, Object> describe() {
        return Map.of("enabled", enabled, "getPerMinute", getPerMinute, "writePerMinute", writePerMinute,
                "productqueriesPerMinute", productQueriesPerMinute, "totalPerMinute", totalPerMinute);
    }
}
