package com.ccvglobe.bridge.ops.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A random key for the dashboard's encrypted session cookie when none is configured
 * ({@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY}): sign-ins then last until a restart, and no generated key is
 * ever written to the log. The lowest ordinal, so any configured key wins.
 */
public class SessionKeyConfigSource implements ConfigSource {

    static final String KEY = "quarkus.http.auth.session.encryption-key";
    private final Map<String, String> values;

    public SessionKeyConfigSource() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        values = Map.of(KEY, Base64.getEncoder().encodeToString(key));
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "bridge-generated-session-key";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
