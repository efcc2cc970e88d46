package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What CCV checks before it looks at a call: a known {@code x-public}, an {@code x-date} within the allowed
 * skew, and {@code x-hash} = HMAC-SHA512 of {@code public|METHOD|raw request target|raw body|x-date} with the
 * secret. Answers with a 401 envelope (status and sub-codes chosen by the simulator; the reference does not
 * know CCV's) or null when the call passes.
 */
final class SimGate {

    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXX");

    private final Map<String, String> secretsByPublicKey = new ConcurrentHashMap<>();
    private final SimSettings settings;

    SimGate(String publicKey, String secretKey, SimSettings settings) {
        secretsByPublicKey.put(publicKey, secretKey);
        this.settings = settings;
    }

    /** Accepts one more key pair (the admin API's {@code POST /api-keys}, for benchmark and test clients). */
    void addKeyPair(String publicKey, String secretKey) {
        secretsByPublicKey.put(publicKey, secretKey);
    }

    boolean knows(String givenPublicKey) {
        return givenPublicKey != null && secretsByPublicKey.containsKey(givenPublicKey);
    }

    SimResponse check(String givenPublic, String date, String hash, String method, String rawUri, String body, Instant now) {
        if (givenPublic == null || !knows(givenPublic)) {
            return SimResponse.error(401, "401.10", "Unknown or missing public key (x-public)");
        }
        Instant sent = parse(date);
        if (sent == null) {
            return SimResponse.error(401, "401.11", "x-date is missing or not an ISO-8601 date with a UTC offset");
        }
        if (Duration.between(sent, now).abs().getSeconds() > settings.clockSkewSeconds()) {
            return SimResponse.error(401, "401.11", "x-date differs more than " + settings.clockSkewSeconds()
                    + " seconds from the server time");
        }
        String expected = SimSigner.apiHash(givenPublic, method, rawUri, body, date, secretsByPublicKey.get(givenPublic));
        if (!SimSigner.same(expected, hash)) {
            return SimResponse.error(401, "401.12", "x-hash does not match the request");
        }
        return null;
    }

    /** {@code 2024-05-01T10:15:30Z}, {@code ...+00:00} and {@code ...+0000} all occur in working clients. */
    static Instant parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(date).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(date, COMPACT_OFFSET).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Response signature: the same recipe, with the caller's key pair, over the response body and its own x-date. */
    String signResponse(String givenPublic, String method, String rawUri, String body, String date) {
        return SimSigner.apiHash(givenPublic, method, rawUri, body, date, secretsByPublicKey.get(givenPublic));
    }
}
