package com.ccvglobe.bridge.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.StoredSecrets;

/**
 * What the state store keeps instead of an e-mail address: {@code email:} and the hex HMAC-SHA256 of the address
 * (trimmed, Unicode NFC, lower case) under the link key ({@code bridge.privacy.link-key}, else a generated key kept in
 * the state store). The same address always gives the same key, so look-ups hash their input first; the key itself is
 * never logged or shown.
 */
@ApplicationScoped
public class ShopperKeys {

    /** Link entity of debtors: CCV side an e-mail key or {@code user:<id>}, Globe side the debtor number. */
    public static final String DEBTOR_LINK = "debtor";
    /** Claim flow that makes one debtor per new e-mail address; the claim key is the e-mail key. */
    public static final String DEBTOR_CLAIM = "debtor-create";
    static final String STORED_KEY = "link-key";
    private static final String PREFIX = "email:";

    private final PrivacyConfig config;
    private final StoredSecrets secrets;
    private volatile SecretKeySpec key;

    public ShopperKeys(PrivacyConfig config, StoredSecrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    /** The key that stands for this e-mail address in the state store; null for a blank address. */
    public String email(String email) {
        String normalised = normalise(email);
        if (normalised == null || normalised.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    /** True for a key made by {@link #email}; false for a plain address. */
    public static boolean isEmailKey(String value) {
        return value != null && value.startsWith(PREFIX) && value.indexOf('@') < 0;
    }

    static String normalise(String email) {
        return email == null ? null : Normalizer.normalize(email.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    String secret = config.linkKey().orElseGet(() -> secrets.getOrCreate(STORED_KEY, ShopperKeys::generate));
                    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
