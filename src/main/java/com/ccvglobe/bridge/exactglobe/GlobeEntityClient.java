package com.ccvglobe.bridge.exactglobe;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.support.Dependencies;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The Exact Globe REST entity service ({@code Exact.Entity.REST.EG}, OData v2 verbose JSON): {@link #find} (follows
 * {@code __next} across pages), {@link #get}, {@link #create} (POST), {@link #merge} (MERGE, only the given
 * properties), {@link #delete}. Property names are Globe's own, exactly (e.g. {@code Itemcode} on
 * {@code SalesOrderLine}); written values go through {@link GlobeFields#prepare}.
 */
@ApplicationScoped
public class GlobeEntityClient implements AutoCloseable {

    private static final String SERVICE_SEGMENT = "/exact.entity.rest.eg/";

    private final String baseUrl;
    private final GlobeHttp http;

    @Inject
    public GlobeEntityClient(GlobeConnection connection, GlobeConfig config) {
        this(connection, config.http().timeout());
    }

    public GlobeEntityClient(GlobeConnection connection, Duration timeout) {
        this.baseUrl = connection.baseUrl().replaceAll("/+$", "");
        this.http = new GlobeHttp(connection, timeout);
    }

    @Inject
    void reportTo(Dependencies dependencies) {
        http.reportTo(dependencies.exactGlobe());
    }

    /** Calls this client sent to Globe since start (each page of a read counts). */
    public long callsSent() {
        return http.callsSent();
    }

    /** NTLM handshakes since start (one per new connection: NTLM authenticates a kept-alive connection). */
    public long ntlmHandshakes() {
        return http.ntlmHandshakes();
    }

    /** Every entity matching the query, all pages. */
    public List<GlobeRecord> find(String entity, GlobeQuery query) {
        List<GlobeRecord> all = new ArrayList<>();
        findEach(entity, query, all::add);
        return all;
    }

    /** Every entity matching the query, handed over page by page (memory stays flat on large sets). */
    public void findEach(String entity, GlobeQuery query, Consumer<GlobeRecord> each) {
        String url = baseUrl + "/" + entity + queryString(query.options(entity));
        while (url != null) {
            JsonNode d = http.send(new HttpGet(url), entity, null).json().path("d");
            JsonNode results = d.has("results") ? d.path("results") : d;
            for (JsonNode node : results) {
                each.accept(record(entity, node, List.of()));
            }
            url = d.hasNonNull("__next") ? rebase(d.path("__next").asText()) : null;
        }
    }

    /** The first entity matching the query, if any. */
    public Optional<GlobeRecord> findFirst(String entity, GlobeQuery query) {
        String url = baseUrl + "/" + entity + queryString(query.top(1).options(entity));
        JsonNode results = http.send(new HttpGet(url), entity, null).json().path("d").path("results");
        return results.size() == 0 ? Optional.empty() : Optional.of(record(entity, results.get(0), List.of()));
    }

    /** One entity by key; empty when Globe answers 404. */
    public Optional<GlobeRecord> get(String entity, GlobeKey key) {
        try {
            JsonNode d = http.send(new HttpGet(baseUrl + "/" + key.path(entity)), entity, null).json().path("d");
            return Optional.of(record(entity, d, List.of()));
        } catch (GlobeValidationException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** POST: creates the entity (or stages a document line); the answer carries what Globe made of it. */
    public GlobeRecord create(String entity, Map<String, ?> properties) {
        GlobeFields.Prepared prepared = GlobeFields.prepare(entity, properties);
        JsonNode answer = http.send(new HttpPost(baseUrl + "/" + entity), entity, json(prepared.body())).json();
        JsonNode d = answer == null ? null : answer.path("d");
        return record(entity, d, prepared.truncations());
    }

    /** MERGE: updates only the given properties; returns what was cut to fit. */
    public List<GlobeFields.Truncation> merge(String entity, GlobeKey key, Map<String, ?> properties) {
        GlobeFields.Prepared prepared = GlobeFields.prepare(entity, properties);
        http.send(new HttpUriRequestBase("MERGE", URI.create(baseUrl + "/" + key.path(entity))), entity, json(prepared.body()));
        return prepared.truncations();
    }

    public void delete(String entity, GlobeKey key) {
        http.send(new HttpDelete(baseUrl + "/" + key.path(entity)), entity, null);
    }

    /** The {@code __next} link on our own base URL (a reverse proxy may hand out another host). */
    private String rebase(String next) {
        int at = next.toLowerCase().indexOf(SERVICE_SEGMENT);
        return at < 0 ? next : baseUrl + "/" + next.substring(at + SERVICE_SEGMENT.length());
    }

    private static Map<String, Object> json(Map<String, Object> body) {
        Map<String, Object> out = new LinkedHashMap<>();
        body.forEach((k, v) -> out.put(k, v instanceof Instant i ? GlobeRecord.formatDate(i)
                : v instanceof LocalDate d ? GlobeRecord.formatDate(d.atStartOfDay(ZoneOffset.UTC).toInstant()) : v));
        return out;
    }

    private static GlobeRecord record(String entity, JsonNode node, List<GlobeFields.Truncation> truncations) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (node != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (field.getKey().equals("__metadata")) {
                    values.put("__uri", value.path("uri").asText(null));
                } else if (value.isNull()) {
                    values.put(field.getKey(), null);
                } else if (value.isBoolean()) {
                    values.put(field.getKey(), value.booleanValue());
                } else if (value.isNumber()) {
                    values.put(field.getKey(), value.decimalValue());
                } else if (value.isValueNode()) {
                    values.put(field.getKey(), value.asText().trim());
                }
            }
        }
        return new GlobeRecord(entity, values, truncations);
    }

    private static String queryString(Map<String, String> options) {
        if (options.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("?");
        options.forEach((k, v) -> sb.append(sb.length() > 1 ? "&" : "").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
        return sb.toString();
    }

    @PreDestroy
    @Override
    public void close() {
        http.close();
    }
}
