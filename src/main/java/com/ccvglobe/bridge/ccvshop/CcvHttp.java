package com.ccvglobe.bridge.ccvshop;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.util.Timeout;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.support.Dependencies;
import com.ccvglobe.bridge.support.DependencyHealth;
import com.ccvglobe.bridge.support.Mask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One signed call to CCV Shop over Apache HttpClient 5. The request target and body are fixed once, signed and
 * sent as they are (HttpClient sends a {@link URI}'s raw path and query unchanged). Paces calls with the
 * {@link CcvRateLimiter}; on 429 waits and tries again (bounded); retries GET/PATCH/PUT/DELETE on 5xx and I/O
 * errors (bounded), never a POST; checks the response signature; maps failures to exception types.
 */
public final class CcvHttp implements AutoCloseable {

    public static final String API_PREFIX = "/api/rest/v1";
    private static final Logger LOG = Logger.getLogger(CcvHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A successful answer: status, the exact body bytes and CCV's {@code x-date} (its clock; null when absent). */
    public record Answer(int status, byte[] body, String date) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Raw(int status, byte[] body, String date, String hash) {
    }

    private final String baseUrl;
    private final String publicKey;
    private final String secretKey;
    private final CcvClientSettings settings;
    private final CcvRateLimiter limiter;
    private final CloseableHttpClient http;
    private final AtomicLong calls = new AtomicLong();
    private volatile DependencyHealth health = DependencyHealth.untracked(Dependencies.CCV_SHOP);

    public CcvHttp(CcvConnection connection, CcvClientSettings settings) {
        String base = connection.baseUrl().trim();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.publicKey = connection.publicKey();
        this.secretKey = connection.secretKey();
        this.settings = settings;
        this.limiter = new CcvRateLimiter(settings);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout())).build())
                        .setMaxConnTotal(20).setMaxConnPerRoute(20).build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().build();
    }

    /** Where this client reports whether CCV answers (health checks, the retry decision). */
    public void reportTo(DependencyHealth health) {
        this.health = health;
    }

    public CcvClientSettings settings() {
        return settings;
    }

    /** Calls counted against CCV's limit in the current window (the last minute and a little), of all kinds. */
    public int callsInWindow() {
        return limiter.callsInWindow();
    }

    /** Calls sent so far (every attempt counts), for measurements. */
    public long callsSent() {
        return calls.get();
    }

    /**
     * Sends {@code method} to {@code uri} (path from {@code /api/rest/v1} with the query, already encoded) with
     * {@code body} (null for none); returns the 2xx answer or throws.
     */
    public Answer exchange(String method, String uri, byte[] body) {
        try {
            Answer answer = attempt(method, uri, body);
            health.succeeded();
            return answer;
        } catch (CcvUnavailableException e) {
            health.failed(e.getMessage());
            throw e;
        } catch (CcvCredentialsException | CcvBusinessException e) {
            health.succeeded(); // CCV answered; the request was wrong, not the shop
            throw e;
        }
    }

    private Answer attempt(String method, String uri, byte[] body) {
        if (!uri.startsWith(API_PREFIX)) {
            throw new IllegalArgumentException("A CCV request target starts with " + API_PREFIX + ": " + uri);
        }
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        String what = method + " " + path;
        String resource = CcvRateLimiter.resourceOf(path);
        boolean retryable = !"POST".equals(method);
        int serverErrors = 0;
        int limited = 0;
        while (true) {
            Raw raw;
            try {
                limiter.acquire(method, resource);
                raw = send(method, uri, body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CcvUnavailableException(0, null, null, "CCV " + what + " interrupted", e);
            } catch (IOException e) {
                if (retryable && serverErrors++ < settings.retriesOnServerError()) {
                    pause(settings.serverErrorBackoff().toMillis() << (serverErrors - 1));
                    continue;
                }
                throw new CcvUnavailableException(0, null, null, "CCV " + what + " failed: " + e.getClass().getSimpleName()
                        + (retryable ? "" : " (a POST is never retried: look the resource up before posting again)"), e);
            }
            if (raw.status() >= 200 && raw.status() < 300) {
                verify(method, uri, raw, what);
                return new Answer(raw.status(), raw.body(), raw.date());
            }
            JsonNode error = errorBody(raw.body());
            String code = error.hasNonNull("code") ? error.get("code").asText() : null;
            String developerMessage = error.hasNonNull("developermessage") ? Mask.text(error.get("developermessage").asText()) : null;
            String message = "CCV " + what + " answered " + raw.status() + (code == null ? "" : " (code " + code + ")")
                    + (developerMessage == null ? "" : ": " + developerMessage);
            if (raw.status() == 429) {
                if (limited++ < settings.retriesOn429()) {
                    LOG.warnf("CCV %s answered 429 (%s); waiting %s before trying again", what, code, settings.waitOn429());
                    pause(settings.waitOn429().toMillis());
                    continue;
                }
                throw new CcvUnavailableException(429, code, developerMessage, message + " - still limited after "
                        + settings.retriesOn429() + " waits", null);
            }
            if (raw.status() == 401 || raw.status() == 403) {
                throw new CcvCredentialsException("CCV " + path, raw.status(), code, developerMessage);
            }
            if (raw.status() == 404 || "500.24".equals(code)) {
                throw new CcvNotFoundException("CCV " + path, raw.status(), code, developerMessage, message);
            }
            if (raw.status() >= 500 && isTransient(code)) {
                if (retryable && serverErrors++ < settings.retriesOnServerError()) {
                    pause(settings.serverErrorBackoff().toMillis() << (serverErrors - 1));
                    continue;
                }
                throw new CcvUnavailableException(raw.status(), code, developerMessage, message, null);
            }
            throw new CcvBusinessException("CCV " + path, raw.status(), code, developerMessage, message);
        }
    }

    /** CCV's 5xx business codes (file type invalid, already exists, same value, limit reached...) will not pass by retrying. */
    private static boolean isTransient(String code) {
        return code == null || !code.matches("500\\.(2[0-5]|40|50|60|70|80|90)|501\\.\\d+");
    }

    private Raw send(String method, String uri, byte[] body) throws IOException {
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        BasicClassicHttpRequest request = new BasicClassicHttpRequest(method, URI.create(baseUrl + uri));
        request.setHeader("x-public", publicKey);
        request.setHeader("x-date", date);
        request.setHeader("x-hash", CcvSigner.sign(publicKey, method, uri, body, date, secretKey));
        request.setHeader("Accept", "application/json");
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        }
        long started = System.nanoTime();
        calls.incrementAndGet();
        return http.execute(request, response -> {
            byte[] bytes = response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity());
            LOG.debugf("CCV %s %s -> %d in %d ms", method, uri.split("\\?")[0], response.getCode(),
                    (System.nanoTime() - started) / 1_000_000);
            return new Raw(response.getCode(), bytes, value(response.getFirstHeader("x-date")),
                    value(response.getFirstHeader("x-hash")));
        });
    }

    private void verify(String method, String uri, Raw raw, String what) {
        if (!settings.verifyResponses()) {
            return;
        }
        if (raw.date() == null || raw.hash() == null
                || !CcvSigner.sign(publicKey, method, uri, raw.body(), raw.date(), secretKey).equalsIgnoreCase(raw.hash())) {
            throw new CcvUnavailableException(raw.status(), null, null, "CCV " + what
                    + ": the response signature (x-date/x-hash) did not verify; set ccv.verify-responses=false only if a proxy rewrites responses",
                    null);
        }
    }

    private static JsonNode errorBody(byte[] body) {
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CcvUnavailableException(0, null, null, "interrupted while waiting to call CCV again", e);
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
