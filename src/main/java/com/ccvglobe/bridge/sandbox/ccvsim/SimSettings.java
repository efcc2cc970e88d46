package com.ccvglobe.bridge.sandbox.ccvsim;

/**
 * Switches for behaviour the reference marks uncertain: how an unknown id is answered (500 {@code 500.24} by
 * default, as an older official SDK describes, or 404), the allowed clock skew, and whether webhooks fire.
 */
public final class SimSettings {

    private volatile boolean notFoundAs404;
    private volatile long clockSkewSeconds = 300;
    private volatile boolean webhooksEnabled = true;

    public boolean notFoundAs404() {
        return notFoundAs404;
    }

    public SimSettings notFoundAs404(boolean on) {
        this.notFoundAs404 = on;
        return this;
    }

    public long clockSkewSeconds() {
        return clockSkewSeconds;
    }

    public SimSettings clockSkewSeconds(long seconds) {
        this.clockSkewSeconds = seconds;
        return this;
    }

    public boolean webhooksEnabled() {
        return webhooksEnabled;
    }

    public SimSettings webhooksEnabled(boolean on) {
        this.webhooksEnabled = on;
        return this;
    }
}
