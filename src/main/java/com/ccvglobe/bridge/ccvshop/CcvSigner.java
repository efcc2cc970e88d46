package com.ccvglobe.bridge.ccvshop;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CCV Shop's HMAC-SHA512 signature, lower-case hex: over {@code public|METHOD|uri|body|x-date} with the API
 * secret for requests and responses, over {@code address|body} with a webhook's key for webhook deliveries.
 * The body is taken as the exact bytes sent or received.
 */
public final class CcvSigner {

    private static final byte[] PIPE = { '|' };

    private CcvSigner() {
    }

    /** {@code hex(HMAC-SHA512(publicKey|METHOD|uri|body|date, secret))}; {@code body} null or empty for none. */
    public static String sign(String publicKey, String method, String uri, byte[] body, String date, String secret) {
        Mac mac = mac(secret);
        mac.update((publicKey + "|" + method + "|" + uri + "|").getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            mac.update(body);
        }
        mac.update(PIPE);
        return HexFormat.of().formatHex(mac.doFinal(date.getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code hex(HMAC-SHA512(parts joined by "|", key))}, e.g. a webhook's {@code address|body}. */
    public static String signParts(String key, byte[]... parts) {
        Mac mac = mac(key);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                mac.update(PIPE);
            }
            mac.update(parts[i]);
        }
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private static Mac mac(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is not available in this JVM", e);
        }
    }
}
