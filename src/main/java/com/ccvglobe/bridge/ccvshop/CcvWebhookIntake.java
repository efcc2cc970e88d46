package com.ccvglobe.bridge.ccvshop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvWebhookRejections.Reason;
import com.ccvglobe.bridge.state.WebhookKey;
import com.ccvglobe.bridge.state.WebhookKeys;
import com.ccvglobe.bridge.support.LogSafe;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The door for CCV webhook deliveries ({@code POST /webhooks/ccv/{event}}): checks {@code x-hash} with the key
 * stored for the event; a bad or missing signature is answered 401 and counted by {@link CcvWebhookRejections}
 * (a metric and a rate-limited summary, not a row each). {@link CcvWebhookGuard} has already refused unknown events,
 * large bodies and more deliveries at once than allowed, before the body was read. A valid delivery yields only the resource id (its body is never trusted as data): the body becomes the id,
 * header {@code CcvWebhookEvent} the event, and property {@code ccvWebhookTarget} the endpoint that re-fetches.
 */
@ApplicationScoped
@Named("ccvWebhookIntake")
public class CcvWebhookIntake {

    public static final String EVENT_HEADER = "CcvWebhookEvent";
    public static final String TARGET_PROPERTY = "ccvWebhookTarget";
    private static final Logger LOG = Logger.getLogger(CcvWebhookIntake.class);

    private final WebhookKeys keys;
    private final CcvWebhookRejections rejections;
    private final CcvWebhookConfig config;

    public CcvWebhookIntake(WebhookKeys keys, CcvWebhookRejections rejections, CcvWebhookConfig config) {
        this.keys = keys;
        this.rejections = rejections;
        this.config = config;
    }

    public void accept(Exchange exchange) {
        String event = exchange.getMessage().getHeader("event", String.class);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        body = body == null ? new byte[0] : body;
        String hash = exchange.getMessage().getHeader("x-hash", String.class);
        exchange.getMessage().removeHeaders("*", "event");
        List<WebhookKey> registered = event == null ? List.of() : keys.forEvent(event);
        if (registered.isEmpty()) {
            reject(exchange, event, 401, Reason.NO_KEY);
            return;
        }
        // one key per address a bridge instance registered (usually one): the delivery must match one of them
        byte[] given = hash == null ? null : hash.trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
        byte[] content = body;
        if (given == null || registered.stream().noneMatch(k -> MessageDigest.isEqual(
                expected(k, content).getBytes(StandardCharsets.US_ASCII), given))) {
            reject(exchange, event, 401, hash == null ? Reason.MISSING_SIGNATURE : Reason.BAD_SIGNATURE);
            return;
        }
        Long id = resourceId(body);
        if (id == null) {
            reject(exchange, event, 400, Reason.NO_ID);
            return;
        }
        exchange.getMessage().setHeader(EVENT_HEADER, event);
        exchange.getMessage().setBody(String.valueOf(id));
        String resource = event.contains(".") ? event.substring(0, event.indexOf('.')) : event;
        Optional<String> target = switch (resource) {
            case "orders" -> Optional.of(config.ordersEndpoint());
            case "products" -> config.productsEndpoint();
            default -> Optional.empty();
        };
        target.filter(t -> !t.isBlank()).ifPresent(t -> exchange.setProperty(TARGET_PROPERTY, t));
        LOG.infof("CCV webhook %s for %s %d accepted%s", LogSafe.text(event), LogSafe.text(resource), id, target.isPresent() ? "" : " (no endpoint: ignored)");
    }

    private String expected(WebhookKey key, byte[] body) {
        return switch (config.signatureRecipe()) {
            case ADDRESS_BODY -> CcvSigner.signParts(key.signingKey(), key.address().getBytes(StandardCharsets.UTF_8), body);
            case BODY -> CcvSigner.signParts(key.signingKey(), body);
        };
    }

    private static Long resourceId(byte[] body) {
        try {
            JsonNode id = CcvApi.JSON.readTree(body).path("id");
            return id.canConvertToLong() || id.isTextual() && id.asText().matches("\\d{1,18}") ? id.asLong() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void reject(Exchange exchange, String event, int status, Reason reason) {
        rejections.count(reason, event);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody("{\"status\":" + status + ",\"message\":\"" + reason.text + "\"}");
    }
}
