package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.Map;

/**
 * Fault injection for the next matching API calls (after authentication): N answers of 500, N answers of
 * 429, or a delay before every answer. {@code match} is a resource-method such as {@code GET orders}, or null
 * for any call.
 */
public final class SimFaults {

    private int serverErrors;
    private int rateLimitBurst;
    private long delayMs;
    private String match;

    public synchronized SimFaults serverErrors(int count, String resourceMethod) {
        this.serverErrors = count;
        this.match = resourceMethod;
        return this;
    }

    public synchronized SimFaults rateLimitBurst(int count, String resourceMethod) {
        this.rateLimitBurst = count;
        this.match = resourceMethod;
        return this;
    }

    public synchronized SimFaults delay(long millis) {
        this.delayMs = millis;
        return this;
    }

    public synchronized void clear() {
        serverErrors = 0;
        rateLimitBurst = 0;
        delayMs = 0;
        match = null;
    }

    synchronized long delayMs() {
        return delayMs;
    }

    /** The fault to answer this call with, or null. */
    synchronized SimResponse take(String resourceMethod) {
        if (match != null && !match.equals(resourceMethod)) {
            return null;
        }
        if (serverErrors > 0) {
            serverErrors--;
            return SimResponse.error(500, "500.00", "Simulated internal server error (sandbox fault injection)");
        }
        if (rateLimitBurst > 0) {
            rateLimitBurst--;
            return SimResponse.error(429, "429.10", "Rate limit for this resource and method exceeded (sandbox fault injection)");
        }
        return null;
    }

    synchronized Map<String, Object> describe() {
        return Map.of("serverErrors", serverErrors, "rateLimitBurst", rateLimitBurst, "delayMs", delayMs,
                "match", match == null ? "*" : match);
    }
}
