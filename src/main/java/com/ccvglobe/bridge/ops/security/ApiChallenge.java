package com.ccvglobe.bridge.ops.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard signs in with a form, so an unauthenticated request is redirected to the login page. Scripts and the
 * dashboard's own calls to {@code /api}, {@code /q/openapi} and a protected {@code /q/metrics} get {@code 401} with a Basic challenge instead, which
 * they can act on. With OIDC on, its {@code Bearer} challenge gets the Basic one beside it: both ways in stay named.
 */
@ApplicationScoped
public class ApiChallenge {

    private static final String CHALLENGE = "WWW-Authenticate";
    private static final String BASIC = "Basic realm=\"ccv-globe-bridge\"";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::answer401ForApi);
    }

    private void answer401ForApi(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/q/openapi") || path.startsWith("/q/metrics")) {
            context.addHeadersEndHandler(ignored -> {
                HttpServerResponse response = context.response();
                String location = response.headers().get("Location");
                if (response.getStatusCode() == 302 && location != null && location.contains("/login.html")) {
                    response.setStatusCode(401);
                    response.headers().remove("Location");
                    response.headers().set(CHALLENGE, BASIC);
                } else if (response.getStatusCode() == 401
                        && response.headers().getAll(CHALLENGE).stream().noneMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5))) {
                    response.headers().add(CHALLENGE, BASIC);
                }
            });
        }
        context.next();
    }
}
