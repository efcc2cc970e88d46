package com.ccvglobe.bridge.ccvshop;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.ccvglobe.bridge.ccvshop.CcvWebhookRejections.Reason;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * The first handler of every request under {@code /webhooks/}, before anything reads its body: only
 * {@code POST /webhooks/ccv/<configured event>} passes (else 404); a Content-Length above
 * {@code bridge.webhooks.max-body-bytes} is answered 413 at once and the connection closed unread; at most
 * {@code bridge.webhooks.max-concurrent} deliveries are read and checked at once (one more: 503 with Retry-After);
 * the body is then read here with the size limit (a chunked body is cut off with 413 at the limit) within
 * {@code bridge.webhooks.body-timeout} (else 408). Refusals are counted by {@link CcvWebhookRejections}. The
 * in-flight count is {@code bridge_webhooks_in_flight}.
 */
@ApplicationScoped
public class CcvWebhookGuard {

    private static final String CCV_PREFIX = "/webhooks/ccv/";

    private final Vertx vertx;
    private final CcvWebhookRejections rejections;
    private final Set<String> events;
    private final long maxBodyBytes;
    private final long bodyTimeoutMs;
    private final Semaphore permits;
    private final BodyHandler bodies;

    public CcvWebhookGuard(Vertx vertx, CcvWebhookConfig config, CcvWebhookRejections rejections, MeterRegistry registry) {
        this.vertx = vertx;
        this.rejections = rejections;
        this.events = config.events().stream().map(String::trim).filter(e -> !e.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.maxBodyBytes = config.maxBodyBytes();
        this.bodyTimeoutMs = config.bodyTimeout().toMillis();
        this.permits = new Semaphore(config.maxConcurrent());
        this.bodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes).setHandleFileUploads(false);
        int max = config.maxConcurrent();
        Gauge.builder("bridge.webhooks.in.flight", permits, p -> max - p.availablePermits())
                .description("CCV webhook deliveries being read and checked").register(registry);
    }

    void install(@Observes Router router) {
        router.route("/webhooks/*").order(Integer.MIN_VALUE + 1).handler(this::guard).failureHandler(this::failed);
    }

    private void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String event = event(ctx.normalizedPath());
        if (event == null || !events.contains(event)) {
            refuse(ctx, 404, Reason.UNKNOWN_EVENT, event);
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null && !fits(length)) {
            refuse(ctx, 413, Reason.TOO_LARGE, event);
            return;
        }
        if (!permits.tryAcquire()) {
            ctx.response().putHeader("Retry-After", String.valueOf(Math.max(1, (bodyTimeoutMs + 999) / 1000)));
            refuse(ctx, 503, Reason.BUSY, event);
            return;
        }
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.compareAndSet(true, false)) {
                permits.release();
            }
        };
        long timer = vertx.setTimer(bodyTimeoutMs, id -> {
            if (!request.isEnded() && !ctx.response().ended()) {
                refuse(ctx, 408, Reason.TIMEOUT, event);
            }
            release.run();
        });
        ctx.addEndHandler(done -> {
            vertx.cancelTimer(timer);
            release.run();
        });
        bodies.handle(ctx);
    }

    /**
     * The BodyHandler fails the request with 413 when a body without Content-Length passes the limit; a connection
     * closed while its body was read (by the caller, or here after a refusal) has no one left to answer, and is not
     * worth an ERROR line each.
     */
    private void failed(RoutingContext ctx) {
        if (ctx.response().ended() || ctx.response().closed() || ctx.failure() instanceof HttpClosedException) {
            return;
        }
        if (ctx.statusCode() == 413) {
            refuse(ctx, 413, Reason.TOO_LARGE, event(ctx.normalizedPath()));
        } else {
            ctx.next();
        }
    }

    private boolean fits(String contentLength) {
        try {
            long n = Long.parseLong(contentLength.trim());
            return n >= 0 && n <= maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The decoded event of {@code /webhooks/ccv/<event>}; null for any other path. */
    static String event(String path) {
        if (path == null || !path.startsWith(CCV_PREFIX)) {
            return null;
        }
        String raw = path.substring(CCV_PREFIX.length());
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    private void refuse(RoutingContext ctx, int status, Reason reason, String event) {
        rejections.count(reason, event);
        HttpServerResponse response = ctx.response();
        if (response.ended()) {
            return;
        }
        boolean unread = !ctx.request().isEnded();
        response.setStatusCode(status).putHeader("Content-Type", "application/json");
        if (unread) {
            response.putHeader("Connection", "close");
        }
        response.end("{\"status\":" + status + ",\"message\":\"" + reason.text + "\"}").onComplete(done -> {
            if (unread) {
                ctx.request().connection().close();
            }
        });
    }
}
