package com.ccvglobe.bridge.sandbox.globesim;

import java.util.concurrent.atomic.AtomicInteger;

/** Fault injection: the next N calls fail with a status (500 by default), every call is delayed, or 401 for all. */
final class Faults {

    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;
    private volatile boolean unauthorized;

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

    void clear() {
        failNext.set(0);
        failStatus = 500;
        delayMillis = 0;
        unauthorized = false;
    }
}
