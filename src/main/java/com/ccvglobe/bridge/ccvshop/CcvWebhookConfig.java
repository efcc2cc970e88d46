package com.ccvglobe.bridge.ccvshop;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** CCV webhooks (prefix {@code bridge.webhooks}): where CCV reaches the bridge, which events, where they go. */
@ConfigMapping(prefix = "bridge.webhooks")
public interface CcvWebhookConfig {

    /**
     * The bridge's public base URL as CCV reaches it, e.g. {@code https://bridge.example.com}; webhooks are
     * registered at start-up only when set ({@code <public-url>/webhooks/ccv/<event>}).
     */
    Optional<String> publicUrl();

    @WithDefault("orders.created,orders.updated.ispaid,orders.updated.status")
    List<String> events();

    /** Receives the id of an order named by an {@code orders.*} delivery (body: the id, header {@code CcvWebhookEvent}). */
    @WithDefault("direct:orders-sync-order")
    String ordersEndpoint();

    /** Receives the id of a product named by a {@code products.*} delivery; such deliveries are ignored when unset. */
    Optional<String> productsEndpoint();

    /**
     * The largest body accepted under {@code /webhooks/}: a larger Content-Length is answered 413 before the body is
     * read, a body without one (chunked) is cut off at this size. CCV's deliveries are a few hundred bytes.
     */
    @WithDefault("65536")
    @Min(1024)
    @Max(10485760)
    int maxBodyBytes();

    /** Deliveries read and checked at once; one more is answered 503 with Retry-After. */
    @WithDefault("16")
    @Min(1)
    @Max(1024)
    int maxConcurrent();

    /** How long a delivery may take to send its body; a slower one is answered 408 and its connection closed. */
    @WithDefault("10s")
    @DurationMin(millis = 100, message = "must be at least 100ms, e.g. 10s")
    Duration bodyTimeout();

    /**
     * Refused deliveries (bad or missing x-hash, unknown event, too large, too many) are counted in
     * {@code bridge_webhook_rejected_total{reason}}; at most one activity row and one log line per this interval
     * sums them up.
     */
    @WithDefault("1m")
    @DurationMin(millis = 100, message = "must be at least 100ms, e.g. 1m")
    Duration rejectionSummaryInterval();

    /** How a delivery's {@code x-hash} is computed; the reference marks CCV's recipe uncertain. */
    @WithDefault("address-body")
    SignatureRecipe signatureRecipe();

    enum SignatureRecipe {
        /** hex(HMAC-SHA512(registered address + "|" + raw body, webhook key)), as CCV signs its other outbound calls. */
        ADDRESS_BODY,
        /** hex(HMAC-SHA512(raw body, webhook key)). */
        BODY
    }
}
