package com.ccvglobe.bridge.config;

/**
 * Where and as whom the bridge talks to CCV Shop: from {@code CCV_*}, or from the sandbox when it runs.
 * {@link #toString()} never shows the secret.
 */
public record CcvConnection(String baseUrl, String publicKey, String secretKey) {

    @Override
    public String toString() {
        return "CcvConnection[baseUrl=" + baseUrl + ", publicKey=" + publicKey + ", secretKey=***]";
    }
}
