package com.ccvglobe.bridge.config;

/**
 * Implemented by the sandbox's Exact Globe simulator: its entity service address, credentials and the JDBC URL
 * of its company database, once it is listening. Asked only when the sandbox is enabled.
 */
public interface SandboxExactGlobe {

    GlobeConnection exactGlobe();
}
