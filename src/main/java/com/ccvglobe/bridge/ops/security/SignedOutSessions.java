package com.ccvglobe.bridge.ops.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Sign-out ends the login form's session on the server too: the session cookie is encrypted and carries no server
 * state, so a copy kept from before {@code POST /api/logout} would otherwise keep working until it expires. The
 * signed-out cookie values (their SHA-256) are remembered until they would have expired anyway
 * ({@code quarkus.http.auth.form.timeout}); a request that still carries one is answered as signed out ({@code 401}
 * for the API, the login page for pages) before sign-in is looked at. Kept in memory: a replica remembers the
 * sign-outs it answered.
 */
@ApplicationScoped
public class SignedOutSessions {

    /** Before Quarkus' authentication route (-200). */
    static final int ORDER = -210;
    /** Open paths and a new sign-in work whatever cookie the browser still sends. */
    private static final List<String> OPEN = List.of("/login.", "/signed-out.html", "/j_security_check", "/webhooks/",
            "/q/health");

    private final String cookieName;
    private final Duration lifetime;
    private final Map<String, Instant> signedOut = new ConcurrentHashMap<>();

    public SignedOutSessions(
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration lifetime) {
        this.cookieName = cookieName;
        this.lifetime = lifetime;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    /** Remembers the session cookie value as signed out. */
    public void signOut(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return;
        }
        Instant now = Instant.now();
        signedOut.values().removeIf(until -> until.isBefore(now));
        signedOut.put(hash(cookieValue), now.plus(lifetime).plusSeconds(60));
    }

    private void check(RoutingContext context) {
        Cookie session = context.request().getCookie(cookieName);
        Instant until = session == null || signedOut.isEmpty() ? null : signedOut.get(hash(session.getValue()));
        String path = context.normalizedPath();
        if (until == null || until.isBefore(Instant.now()) || OPEN.stream().anyMatch(path::startsWith)) {
            context.next();
            return;
        }
        context.response().addCookie(Cookie.cookie(cookieName, "").setPath("/").setMaxAge(0).setHttpOnly(true));
        if (path.startsWith("/api") || path.startsWith("/q/")) {
            context.response().setStatusCode(401).putHeader("WWW-Authenticate", "Basic realm=\"ccv-globe-bridge\"")
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("error", "signed out: sign in again").encode());
        } else {
            context.response().setStatusCode(302).putHeader("Location", "/login.html").end();
        }
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
