package com.ccvglobe.bridge.sandbox.ccvsim;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Delivers webhooks: POSTs the notification JSON to every active webhook of the event, with
 * {@code x-hash} = hex(HMAC-SHA512(address + "|" + body, webhook key)) — the recipe CCV uses for its other
 * calls to external endpoints; the reference marks it uncertain for webhooks.
 */
public final class SimWebhookSender {

    private static final Logger LOG = Logger.getLogger(SimWebhookSender.class);

    /** One delivery attempt and its answer (-1 when the address could not be reached). */
    public record Delivery(Instant at, String event, String address, long resourceId, int status) {
    }

    private final ShopData data;
    private final SimSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Delivery> deliveries = new ArrayList<>();

    SimWebhookSender(ShopData data, SimSettings settings) {
        this.data = data;
        this.settings = settings;
    }

    void fire(String event, ObjectNode payload) {
        if (!settings.webhooksEnabled()) {
            return;
        }
        payload.put("triggered_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        String body = SimJson.write(payload);
        long resourceId = payload.path("id").asLong();
        for (ObjectNode hook : data.where("webhooks", w -> event.equals(w.path("event").asText())
                && w.path("is_active").asBoolean(true))) {
            String address = hook.path("address").asText();
            String hash = SimSigner.hmacHex(address + "|" + body, hook.path("key").asText());
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("x-hash", hash)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> record(new Delivery(Instant.now(), event, address, resourceId,
                                failure == null ? response.statusCode() : -1)));
            } catch (IllegalArgumentException e) {
                LOG.warnf("Webhook %s has an unusable address", hook.path("id").asText());
                record(new Delivery(Instant.now(), event, address, resourceId, -1));
            }
        }
    }

    private synchronized void record(Delivery delivery) {
        deliveries.add(delivery);
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
