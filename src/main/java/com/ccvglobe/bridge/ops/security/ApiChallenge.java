package com.ccvglobe.bridge.ops.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard signs in with a form (or, with {@code bridge.security.oidc.dashboard-login}, through the IdP), so an
 * unauthenticated request for a page is redirected to the login page or the IdP. Scripts and the dashboard's own calls
 * to {@code /api}, {@code /q/openapi} and a protected {@code /q/metrics} get {@code 401} with a Basic challenge
 * instead, which they can act on. With OIDC on, its {@code Bearer} challenge gets the Basic one beside it: both ways in
 * stay named. For the IdP sign-in these paths count as script requests, which OIDC answers with {@code 499} instead
 * of a redirect to the IdP (no sign-in is started for them); that becomes the same {@code 401}.
 */
@ApplicationScoped
public class ApiChallenge implements JavaScriptRequestChecker {

    private static final String CHALLENGE = "WWW-Authenticate";
    private static final String BASIC = "Basic realm=\"ccv-globe-bridge\"";
    private static final String BEARER = "Bearer";
    /** OIDC's answer to a script request without a session when it may not redirect. */
    private static final int OIDC_SCRIPT_CHALLENGE = 499;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::answer401ForApi);
    }

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return isApi(context.normalizedPath());
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/openapi") || path.startsWith("/q/metrics");
    }

    private void answer401ForApi(RoutingContext context) {
        if (isApi(context.normalizedPath())) {
            context.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = context.response();
                String location = response.headers().get("Location");
                if (response.getStatusCode() == 302 && location != null && location.contains("/login.html")) {
                    response.setStatusCode(401);
                    response.headers().remove("Location");
                    response.headers().set(CHALLENGE, BASIC);
                } else if (response.getStatusCode() == OIDC_SCRIPT_CHALLENGE) {
                    response.setStatusCode(401);
                    response.setStatusMessage("Unauthorized");
                    response.headers().set(CHALLENGE, BEARER);
                    response.headers().add(CHALLENGE, BASIC);
                } else if (response.getStatusCode() == 401
                        && response.headers().getAll(CHALLENGE).stream().noneMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5))) {
                    response.headers().add(CHALLENGE, BASIC);
                }
            });
        }
        context.next();
    }
}
