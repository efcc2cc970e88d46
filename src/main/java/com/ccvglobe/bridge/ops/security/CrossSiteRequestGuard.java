package com.ccvglobe.bridge.ops.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps state-changing API requests from other sites out: a POST, PUT, PATCH or DELETE under {@code /api} must carry
 * the header {@code X-Requested-With}. A form or link on another site cannot send a custom header, and script on
 * another origin would need a CORS pre-flight, which the bridge does not grant. The dashboard sends it on every call.
 * <p>
 * A Vert.x route, so it sees every request under {@code /api}: the JAX-RS resources and the flow triggers served by
 * Camel ({@code platform-http}) alike. It runs after Quarkus' authentication and authorization (route orders -200 and
 * -100), so a request without sign-in still gets {@code 401} and a viewer's operator action {@code 403} as before.
 */
@ApplicationScoped
public class CrossSiteRequestGuard {

    public static final String HEADER = "X-Requested-With";
    /** After Quarkus' authorization route (-100), before every application route. */
    static final int ORDER = -50;
    private static final Set<HttpMethod> STATE_CHANGING = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!STATE_CHANGING.contains(context.request().method()) || !isApi(context.normalizedPath())) {
            context.next();
            return;
        }
        String header = context.request().getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            context.next();
            return;
        }
        context.response().setStatusCode(403).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", "state-changing requests need the header " + HEADER
                        + " (cross-site request protection)").encode());
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
