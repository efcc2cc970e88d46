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
 * state, so a copy kept from before {@code POST /api/logout} would otherwise keep working until it expires. Quarkus
 * renews the cookie as the session goes on ({@code quarkus.http.auth.form.new-cookie-interval}), so the values one
 * sign-in was given are linked into one session here (by their SHA-256), and sign-out ends them all: a request that
 * still carries one is answered as signed out ({@code 401} for the API, the login page for pages) before sign-in is
 * looked at. Links and sign-outs are forgotten when the cookies would have expired anyway
 * ({@code quarkus.http.auth.form.timeout}). Kept in memory: a replica knows the sessions it served.
 */
@ApplicationScoped
public class SignedOutSessions {

    /** Before Quarkus' authentication route (-200). */
    static final int ORDER = -210;
    private static final String SIGN_IN = "/j_security_check";
    /** Open paths and a new sign-in work whatever cookie the browser still sends. */
    private static final List<String> OPEN = List.of("/login.", "/signed-out.html", SIGN_IN, "/webhooks/", "/q/health");
    private static final int PRUNE_ABOVE = 10_000;

    /** A cookie value's session: the hash of the first value that sign-in was given. */
    private record Link(String session, Instant until) {
    }

    private final String cookieName;
    private final Duration lifetime;
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, Instant> signedOut = new ConcurrentHashMap<>();

    public SignedOutSessions(
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration lifetime) {
        this.cookieName = cookieName;
        this.lifetime = lifetime.plusMinutes(1);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    /** Ends the session the cookie value belongs to, every value it was given included. */
    public void signOut(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank()) {
            return;
        }
        Instant now = Instant.now();
        signedOut.values().removeIf(until -> until.isBefore(now));
        signedOut.put(sessionOf(hash(cookieValue)), now.plus(lifetime));
    }

    private void check(RoutingContext context) {
        Cookie cookie = context.request().getCookie(cookieName);
        String before = cookie == null || cookie.getValue().isEmpty() ? null : cookie.getValue();
        String session = before == null ? null : sessionOf(hash(before));
        boolean ended = session != null && isSignedOut(session);
        String path = context.normalizedPath();
        if (ended && OPEN.stream().noneMatch(path::startsWith)) {
            refuse(context, path);
            return;
        }
        boolean fresh = ended || path.startsWith(SIGN_IN);
        context.addHeadersEndHandler(ignored -> linkRenewed(context, before, fresh ? null : session));
        context.next();
    }

    /** A cookie value the response hands out belongs to the request's session, or starts one. */
    private void linkRenewed(RoutingContext context, String before, String session) {
        for (Cookie issued : context.request().cookies(cookieName)) {
            String value = issued.getValue();
            if (value != null && !value.isEmpty() && !value.equals(before)) {
                Instant now = Instant.now();
                if (links.size() > PRUNE_ABOVE) {
                    links.values().removeIf(link -> link.until().isBefore(now));
                }
                String hash = hash(value);
                links.put(hash, new Link(session == null ? hash : session, now.plus(lifetime)));
            }
        }
    }

    private String sessionOf(String hash) {
        Link link = links.get(hash);
        return link == null ? hash : link.session();
    }

    private boolean isSignedOut(String session) {
        Instant until = signedOut.isEmpty() ? null : signedOut.get(session);
        return until != null && until.isAfter(Instant.now());
    }

    private void refuse(RoutingContext context, String path) {
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
