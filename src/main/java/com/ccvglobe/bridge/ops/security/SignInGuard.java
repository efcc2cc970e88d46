package com.ccvglobe.bridge.ops.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.elytron.security.runtime.ElytronPasswordIdentityProvider;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Checks every user name and password (HTTP Basic and the login form) before the configured users do: a failed
 * sign-in is logged with the user name (escaped) and the source address, never the password, and counted; a user or
 * address with too many failures ({@code bridge.security.sign-in.*}) is refused without checking the password and
 * answered {@code 429} with {@code Retry-After}. The source address is the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on.
 */
@ApplicationScoped
public class SignInGuard implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(SignInGuard.class);
    private static final int MAX_LOGGED_NAME = 64;

    private final ElytronPasswordIdentityProvider users;
    private final SignInThrottle throttle;

    public SignInGuard(ElytronPasswordIdentityProvider users, SecurityConfig config) {
        this.users = users;
        SecurityConfig.SignIn signIn = config.signIn();
        this.throttle = new SignInThrottle(signIn.maxFailures(), signIn.window(), signIn.lockout(), Instant::now);
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before the configured users' own provider, which it calls itself. */
    @Override
    public int priority() {
        return users.priority() + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String user = request.getUsername() == null ? "" : request.getUsername();
        String address = addressOf(http);
        Optional<Duration> refused = throttle.refusedFor(user, address);
        if (refused.isPresent()) {
            answerTooManyRequests(http, refused.get());
            return Uni.createFrom().failure(new AuthenticationFailedException("too many failed sign-ins"));
        }
        return users.authenticate(request, context)
                .invoke(identity -> throttle.succeeded(user))
                .onFailure().invoke(failure -> failed(user, address));
    }

    private void failed(String user, String address) {
        SignInThrottle.Outcome outcome = throttle.failed(user, address);
        LOG.warnf("Sign-in failed for user '%s' from %s", loggable(user), address);
        if (outcome.refusalStarted()) {
            LOG.warnf("Too many failed sign-ins for user '%s' or from %s: refused for %d s", loggable(user), address,
                    outcome.refusedFor().toSeconds());
        }
    }

    private static void answerTooManyRequests(RoutingContext http, Duration refusedFor) {
        if (http == null) {
            return;
        }
        String seconds = Long.toString(Math.max(1, refusedFor.toSeconds() + (refusedFor.toMillisPart() > 0 ? 1 : 0)));
        http.addHeadersEndHandler(ignored -> {
            http.response().setStatusCode(429).setStatusMessage("Too Many Requests");
            http.response().headers().remove("Location").remove("WWW-Authenticate").set("Retry-After", seconds);
        });
    }

    private static String addressOf(RoutingContext http) {
        SocketAddress remote = http == null ? null : http.request().remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    /** The user name as typed, safe for one log line: control and non-printable characters escaped, length capped. */
    static String loggable(String user) {
        StringBuilder out = new StringBuilder();
        user.codePoints().limit(MAX_LOGGED_NAME).forEach(c -> {
            if (c == '\\' || c == '\'' || Character.isISOControl(c) || !Character.isDefined(c)
                    || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(c > 0xFFFF ? String.format("\\u{%X}", c) : String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return user.codePointCount(0, user.length()) > MAX_LOGGED_NAME ? out + "..." : out.toString();
    }
}
