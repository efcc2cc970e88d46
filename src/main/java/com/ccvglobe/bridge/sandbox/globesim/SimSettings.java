package com.ccvglobe.bridge.sandbox.globesim;

/**
 * Switches of the simulator that the admin API can change: strict property names (default on), truncate instead of
 * refusing over-long values (default off), refuse a second order with the same {@code YourReference} (default off),
 * and the server page size.
 */
final class SimSettings {

    private volatile boolean strictNames = true;
    private volatile boolean truncateLongValues;
    private volatile boolean strictYourReference;
    private volatile int pageSize = 100;

    boolean strictNames() {
        return strictNames;
    }

    boolean truncateLongValues() {
        return truncateLongValues;
    }

    boolean strictYourReference() {
        return strictYourReference;
    }

    int pageSize() {
        return pageSize;
    }

    void strictNames(boolean on) {
        strictNames = on;
    }

    void truncateLongValues(boolean on) {
        truncateLongValues = on;
    }

    void strictYourReference(boolean on) {
        strictYourReference = on;
    }

    void pageSize(int size) {
        pageSize = Math.max(1, size);
    }

    void reset() {
        strictNames = true;
        truncateLongValues = false;
        strictYourReference = false;
        pageSize = 100;
    }
}
