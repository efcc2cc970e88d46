package com.ccvglobe.bridge.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Connection to the CCV Shop REST API. Env vars: {@code CCV_BASE_URL}, {@code CCV_PUBLIC_KEY},
 * {@code CCV_SECRET_KEY}. The secret key is never logged or shown.
 */
@ConfigMapping(prefix = "ccv")
public interface CcvConfig {

    /** Shop root, e.g. {@code https://myshop.ccvshop.nl}; the client adds {@code /api/rest/v1/}. */
    Optional<String> baseUrl();

    /** Public half of the API key pair (sent as {@code x-public}). */
    Optional<String> publicKey();

    /** Secret half of the API key pair (signs requests). Credential: never printed. */
    Optional<String> secretKey();

    /** Check the {@code x-hash} signature CCV puts on successful responses. */
    @WithDefault("true")
    boolean verifyResponses();
}
