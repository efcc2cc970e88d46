package com.ccvglobe.bridge.config;

/**
 * Implemented by the sandbox's CCV Shop simulator: its address and API key pair, once it is listening. Asked
 * only when the sandbox is enabled.
 */
public interface SandboxCcvShop {

    CcvConnection ccvShop();
}
