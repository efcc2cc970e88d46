package com.ccvglobe.bridge.ops.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.Connections;

import io.quarkus.runtime.StartupEvent;

/**
 * The dashboard's sandbox users {@code admin}/{@code admin} (operator) and {@code viewer}/{@code viewer} (viewer)
 * ship in application.properties so the run command works without set-up. At start-up this names them in the log
 * when the sandbox runs, and refuses to start against real systems while either still has its sandbox password, be
 * it as the shipped hash or as plain text ({@code quarkus.security.users.embedded.plain-text=true}). A user whose hash
 * is {@link #SWITCHED_OFF} (64 zeros, a digest no password has) cannot sign in; the log says it is switched off.
 */
@Singleton
public class SandboxUsers {

    private static final Logger LOG = Logger.getLogger(SandboxUsers.class);
    private static final String EMBEDDED = "quarkus.security.users.embedded.";
    private static final String USERS = EMBEDDED + "users.";
    /** HEX(SHA-256("user:Quarkus:password")) of the sandbox passwords, by user. */
    static final Map<String, String> SANDBOX_HASHES = new TreeMap<>(Map.of(
            "admin", "3545eaad999fa3d04ee4e6aadca18f0927ca0b72a25e4841711d1d279e4748f3",
            "viewer", "a1c829075dbf2b94d300f04a00733b7dce388d7d6d57caabc7b2851dee93d731"));

    /** The documented value that switches a configured user off: 64 zeros, valid hex that no password hashes to. */
    static final String SWITCHED_OFF = "0".repeat(64);

    void onStart(@Observes StartupEvent event, Connections connections, Config config) {
        boolean plainText = config.getOptionalValue(EMBEDDED + "plain-text", Boolean.class).orElse(false);
        String realm = config.getOptionalValue(EMBEDDED + "realm-name", String.class).orElse("Quarkus");
        check(connections.sandboxEnabled(), hashes(plainText, realm, user -> config.getOptionalValue(USERS + user, String.class)))
                .forEach(LOG::info);
    }

    /**
     * The configured value of each user as the digest the sandbox hashes are: with
     * {@code quarkus.security.users.embedded.plain-text=true} the value is the password itself, so it is hashed first.
     */
    static Function<String, Optional<String>> hashes(boolean plainText, String realm, Function<String, Optional<String>> valueOf) {
        if (!plainText) {
            return valueOf;
        }
        return user -> valueOf.apply(user).map(password -> digest(user + ":" + realm + ":" + password));
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /**
     * The lines to log for the sandbox users still configured; throws when the sandbox is off and one of them is
     * still there.
     */
    static List<String> check(boolean sandbox, Function<String, Optional<String>> hashOf) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> user : SANDBOX_HASHES.entrySet()) {
            Optional<String> hash = hashOf.apply(user.getKey());
            if (hash.isPresent() && hash.get().equals(SWITCHED_OFF)) {
                lines.add("Dashboard user " + user.getKey() + " is switched off");
                continue;
            }
            if (hash.isEmpty() || !hash.get().equalsIgnoreCase(user.getValue())) {
                continue;
            }
            if (!sandbox) {
                throw new IllegalStateException("The dashboard user " + user.getKey() + " still has its sandbox password while "
                        + "the sandbox is off: set QUARKUS_SECURITY_USERS_EMBEDDED_USERS_" + user.getKey().toUpperCase()
                        + " to a new hash (with plain-text users: a new password), or to 64 zeros to switch the user off"
                        + " (see docs/operations.md, Security)");
            }
            lines.add("Sandbox mode: dashboard user " + user.getKey() + " with password " + user.getKey() + " (role "
                    + ("admin".equals(user.getKey()) ? "operator" : "viewer") + ") at /dashboard/");
        }
        return lines;
    }
}
