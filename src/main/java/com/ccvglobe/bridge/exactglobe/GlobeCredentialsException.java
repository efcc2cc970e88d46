package com.ccvglobe.bridge.exactglobe;

/**
 * Exact Globe refused the configured credentials (HTTP 401 after the NTLM or Basic exchange). Names the user, never
 * the password. Retrying a single message does not help; the operator must fix {@code GLOBE_USERNAME} /
 * {@code GLOBE_PASSWORD} / {@code GLOBE_DOMAIN} or the user's rights in Globe.
 */
public class GlobeCredentialsException extends RuntimeException {

    public GlobeCredentialsException(String message) {
        super(message);
    }
}
