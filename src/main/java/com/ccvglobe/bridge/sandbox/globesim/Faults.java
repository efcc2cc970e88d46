package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection: the next N calls fail with a status (500 by default), every call is delayed, 401 for all, or the next
 * N calls (to one entity, or all) are carried out at once but answered late (the client may give up on a call that went
 * through).
 */
final class Faults {

    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;
    private volatile boolean unauthorized;
    private final AtomicInteger lateAnswers = new AtomicInteger();
    private volatile String lateCalls = "";
    private volatile long lateMillis;

    void failNext(int count, int status) {
        failStatus = status;
        failNext.set(count);
    }

    /** The status to fail this call with, or 0. */
    int takeFailure() {
        return failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? failStatus : 0;
    }

    long delayMillis() {
        return delayMillis;
    }

    void delayMillis(long millis) {
        delayMillis = Math.max(0, millis);
    }

    boolean unauthorized() {
        return unauthorized;
    }

    void unauthorized(boolean on) {
        unauthorized = on;
    }

    void answerLate(int count, String calls, long millis) {
        lateCalls = calls == null ? "" : calls.trim();
        lateMillis = Math.max(0, millis);
        lateAnswers.set(lateCalls.isEmpty() || lateMillis == 0 ? 0 : count);
    }

    /**
     * How long the answer to this call waits after its work is done: while any late answers are left, a call matching
     * one of the chosen {@code "METHOD Entity"} (comma-separated; {@code "*"}: every call), else 0.
     */
    long takeLateAnswer(String method, String resource) {
        String call = method + " " + resource.split("[/(?]", 2)[0];
        boolean chosen = Arrays.stream(lateCalls.split(",")).map(String::trim)
                .anyMatch(c -> c.equals("*") || c.equalsIgnoreCase(call));
        return chosen && lateAnswers.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? lateMillis : 0;
    }

    void clear() {
        answerLate(0, "", 0);
        failNext.set(0);
        failStatus = 500;
        delayMillis = 0;
        unauthorized = false;
    }
}
