package com.ccvglobe.bridge.ccvshop;

import java.util.List;
import java.util.Optional;

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
