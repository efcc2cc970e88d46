package com.ccvglobe.bridge.exactglobe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.auth.AuthSchemeFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicSchemeFactory;
import org.apache.hc.client5.http.impl.auth.NTLMSchemeFactory;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.config.Registry;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.util.Timeout;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.support.Dependencies;
import com.ccvglobe.bridge.support.DependencyHealth;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.TransientException;
import com.ccvglobe.bridge.support.UnansweredWriteException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP to the Globe entity service through Apache HttpClient 5: {@code ServerName}/{@code DatabaseName} and JSON
 * headers on every call, NTLM ({@code NTCredentials}; the handshake authenticates a kept-alive connection; each
 * thread's client context names the NTLM user, so pooled connections authenticated as that user are reused by any
 * thread, and handshakes are counted) or Basic, pooled connections, and the mapping of failures: 401 →
 * {@link GlobeCredentialsException}, other 4xx → {@link GlobeValidationException}, 5xx/429/timeouts/refused →
 * {@link TransientException}.
 */
final class GlobeHttp implements AutoCloseable {

    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty '([A-Za-z0-9_]+)'");
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** A 2xx answer; body may be empty. */
    record Answer(int status, JsonNode json) {
    }

    private final GlobeConnection connection;
    private final CloseableHttpClient client;
    private volatile DependencyHealth health = DependencyHealth.untracked(Dependencies.EXACT_GLOBE);
    private final ThreadLocal<HttpClientContext> contexts;
    private final AtomicLong handshakes = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();

    GlobeHttp(GlobeConnection connection, Duration timeout) {
        this.connection = connection;
        URI base = URI.create(connection.baseUrl());
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        char[] password = connection.password() == null ? new char[0] : connection.password().toCharArray();
        boolean ntlm = connection.auth() != GlobeConfig.Auth.basic;
        NTCredentials nt = ntlm ? new NTCredentials(connection.username(), password, null, connection.domain()) : null;
        credentials.setCredentials(new AuthScope(base.getHost(), base.getPort()),
                ntlm ? nt : new UsernamePasswordCredentials(connection.username(), password));
        // Every thread's context names the NTLM user up front: the pool then hands any thread a connection that is
        // already authenticated as that user (its state), so a handshake is needed per new connection, not per thread.
        Principal user = ntlm ? nt.getUserPrincipal() : null;
        this.contexts = ThreadLocal.withInitial(() -> {
            HttpClientContext context = HttpClientContext.create();
            if (user != null) {
                context.setUserToken(user);
            }
            return context;
        });
        Registry<AuthSchemeFactory> schemes = RegistryBuilder.<AuthSchemeFactory>create()
                .register(StandardAuthScheme.NTLM, NTLMSchemeFactory.INSTANCE)
                .register(StandardAuthScheme.BASIC, BasicSchemeFactory.INSTANCE).build();
        Timeout t = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(20).setMaxConnPerRoute(20)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                // an NTLM challenge (401 with "NTLM <type 2>") answers the first message of a connection's handshake
                .addResponseInterceptorFirst((response, entity, context) -> {
                    if (response.getCode() == 401 && isNtlmChallenge(response)) {
                        handshakes.incrementAndGet();
                    }
                })
                .setDefaultCredentialsProvider(credentials)
                .setDefaultAuthSchemeRegistry(schemes)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(t).setConnectionRequestTimeout(t)
                        .setTargetPreferredAuthSchemes(List.of(ntlm ? StandardAuthScheme.NTLM : StandardAuthScheme.BASIC)).build())
                .build();
    }

    /** NTLM handshakes this client made since it started: one per new connection while connections are reused. */
    long ntlmHandshakes() {
        return handshakes.get();
    }

    private static boolean isNtlmChallenge(HttpResponse response) {
        for (Header header : response.getHeaders("WWW-Authenticate")) {
            String value = header.getValue().trim();
            if (value.regionMatches(true, 0, "NTLM ", 0, 5) && value.length() > 5) {
                return true;
            }
        }
        return false;
    }

    /** Sends one call; {@code what} names it for errors, e.g. {@code POST SalesOrderHeader}. */
    Answer send(HttpUriRequestBase request, String entity, Object body) {
        request.setHeader("ServerName", connection.serverName());
        request.setHeader("DatabaseName", connection.databaseName());
        request.setHeader("Accept", "application/json");
        String what = request.getMethod() + " " + entity;
        if (body != null) {
            request.setEntity(new StringEntity(json(body, what), ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        }
        calls.incrementAndGet();
        try {
            return client.execute(request, contexts.get(), response -> {
                int status = response.getCode();
                String text = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                if (status >= 200 && status < 300) {
                    health.succeeded();
                    return new Answer(status, text.isBlank() ? null : MAPPER.readTree(text));
                }
                RuntimeException failure = status == 504 && !"GET".equals(request.getMethod())
                        ? new UnansweredWriteException("Exact Globe's gateway timed out on " + what + " (HTTP 504); whether"
                                + " Globe carried it out is checked on the next attempt", null)
                        : failure(status, text, entity, what);
                if (failure instanceof TransientException) {
                    health.failed(failure.getMessage());
                } else {
                    health.succeeded(); // Globe answered; the request was refused, the service is up
                }
                throw failure;
            });
        } catch (IOException e) {
            String message = "Exact Globe not reachable (" + what + "): " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            TransientException unreachable = !"GET".equals(request.getMethod()) && mayHaveArrived(e)
                    ? new UnansweredWriteException(message + "; whether Globe carried it out is checked on the next attempt", e)
                    : new TransientException(message, e);
            health.failed(unreachable.getMessage());
            throw unreachable;
        }
    }

    /** The body as JSON; a value that cannot be written is this bridge's fault, found before anything is sent. */
    private static String json(Object body, String what) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body of " + what + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** False when the request cannot have reached Globe: no connection was made (refused, unknown host, pool full). */
    private static boolean mayHaveArrived(IOException e) {
        return !(e instanceof ConnectException || e instanceof ConnectTimeoutException || e instanceof UnknownHostException
                || e instanceof ConnectionRequestTimeoutException);
    }

    /** Calls sent since start (each page of a read counts), for the reconciliation's and the dashboard's call counts. */
    long callsSent() {
        return calls.get();
    }

    /** Where this client reports whether Globe answers (health checks, the retry decision). */
    void reportTo(DependencyHealth health) {
        this.health = health;
    }

    private RuntimeException failure(int status, String body, String entity, String what) {
        String message = Mask.text(globeMessage(body));
        if (status == 401) {
            return new GlobeCredentialsException("Exact Globe refused the credentials of user '" + connection.username()
                    + "' (HTTP 401 on " + what + "); check GLOBE_USERNAME, GLOBE_PASSWORD, GLOBE_DOMAIN and the user's rights in Globe");
        }
        if (status >= 500 || status == 429 || status == 408) {
            return new TransientException("Exact Globe failed on " + what + " (HTTP " + status + ")" + (message.isEmpty() ? "" : ": " + message));
        }
        Matcher m = PROPERTY.matcher(message);
        String property = m.find() ? m.group(1) : null;
        return new GlobeValidationException(entity, property, status, message,
                "Exact Globe rejected " + what + " (HTTP " + status + ")" + (message.isEmpty() ? "" : ": " + message));
    }

    /** {@code innererror.internalexception.message}, else {@code innererror.message}, else {@code message.value}. */
    static String globeMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode error = MAPPER.readTree(body).path("error");
            for (JsonNode candidate : List.of(error.path("innererror").path("internalexception").path("message"),
                    error.path("innererror").path("message"), error.path("message").path("value"), error.path("message"))) {
                if (candidate.isTextual() && !candidate.asText().isBlank()) {
                    return candidate.asText();
                }
            }
            return "";
        } catch (IOException e) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
