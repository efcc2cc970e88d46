package com.ccvglobe.bridge.ops.security;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers {@code 400} at once to a path with a path parameter ({@code ;}, also as {@code %3B}): no page or endpoint of
 * the bridge takes one. Without this, a signed-out request such as {@code GET /api/activity;x} was never answered: the
 * form sign-in keeps the path it was asked for in a cookie, and a {@code ;} is not a valid cookie character, so writing
 * the response failed with a long ERROR stack trace each time. Runs first, before sign-in.
 */
@ApplicationScoped
public class PathParameterGuard {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String path = context.request().path();
        if (path == null || !hasPathParameter(path)) {
            context.next();
            return;
        }
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", "paths with ';' (path parameters) are not accepted").encode());
    }

    static boolean hasPathParameter(String rawPath) {
        return rawPath.indexOf(';') >= 0 || rawPath.toLowerCase(Locale.ROOT).contains("%3b");
    }
}
