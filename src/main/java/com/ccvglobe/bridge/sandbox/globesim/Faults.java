package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fault injection: the next N calls fail with a status (500 by default), every call is delayed, 401 for all; and for the
 * next N calls matching a pattern, the answer comes late after the work was done at once ({@link #lateAnswers}: the
 * client may give up on a call that went through), or the work itself starts late ({@link #lateStarts}: the client
 * gives up before Globe even began).
 */
final class Faults {

    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failStatus = 500;
    private volatile long delayMillis;
    private volatile boolean unauthorized;
    final SlowCalls lateAnswers = new SlowCalls();
    final SlowCalls lateStarts = new SlowCalls();

    /** The next {@code count} calls matching {@code "METHOD Entity"} (comma-separated; {@code "*"}: any) wait. */
    static final class SlowCalls {
        private volatile Setting setting = new Setting("", 0, new AtomicInteger());

        private record Setting(String calls, long millis, AtomicInteger left) {
        }

        void set(int count, String calls, long millis) {
            String pattern = calls == null ? "" : calls.trim();
            setting = new Setting(pattern, Math.max(0, millis), new AtomicInteger(pattern.isEmpty() || millis <= 0 ? 0 : count));
        }

        /** How long this call waits: the chosen milliseconds while any are left and the call matches, else 0. */
        long take(String method, String resource) {
            Setting s = setting;
            String call = method + " " + resource.split("[/(?]", 2)[0];
            boolean chosen = Arrays.stream(s.calls().split(",")).map(String::trim)
                    .anyMatch(c -> c.equals("*") || c.equalsIgnoreCase(call));
            return chosen && s.left().getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? s.millis() : 0;
        }
    }

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
        lateAnswers.set(0, "", 0);
        lateStarts.set(0, "", 0);
        failNext.set(0);
        failStatus = 500;
        delayMillis = 0;
        unauthorized = false;
    }
}
