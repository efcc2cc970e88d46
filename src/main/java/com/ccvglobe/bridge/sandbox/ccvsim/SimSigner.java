package com.ccvglobe.bridge.sandbox.ccvsim;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The simulator's own HMAC-SHA512 (lower-case hex), as CCV Shop computes it; shares nothing with the client. */
final class SimSigner {

    private SimSigner() {
    }

    static String hmacHex(String text, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 unavailable", e);
        }
    }

    /** {@code public|METHOD|uri|body|date}, the text CCV signs for requests and responses. */
    static String apiHash(String publicKey, String method, String uri, String body, String date, String secret) {
        return hmacHex(publicKey + "|" + method + "|" + uri + "|" + body + "|" + date, secret);
    }

    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.toLowerCase().getBytes(StandardCharsets.UTF_8));
    }
}
