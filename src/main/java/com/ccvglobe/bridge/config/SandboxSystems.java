package com.ccvglobe.bridge.config;

/**
 * Implemented by the sandbox package: the addresses and credentials of the simulated CCV Shop and Exact Globe,
 * once they are listening. Asked only when the sandbox is enabled.
 */
public interface SandboxSystems {

    CcvConnection ccvShop();

    GlobeConnection exactGlobe();
}
