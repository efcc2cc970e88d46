package com.ccvglobe.bridge.config;

/**
 * One thing wrong with the configuration: the property key, the environment variable that sets it, and what
 * is expected instead. Never carries the configured value (it may be a secret).
 */
public record ConfigProblem(String key, String expected) {

    /** The environment variable an operator sets for {@code key} (SmallRye's naming rule). */
    public String envVar() {
        return key.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    @Override
    public String toString() {
        return key + " (env " + envVar() + "): " + expected;
    }
}
