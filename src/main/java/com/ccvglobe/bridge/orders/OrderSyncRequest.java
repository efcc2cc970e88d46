package com.ccvglobe.bridge.orders;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.support.MessageProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/orders/{ccvOrderId}/sync}: runs one order through {@code direct:orders-sync-order} now and answers
 * with the outcome ({@code committed}, {@code skipped} or {@code parked}), the Globe number and, when parked, the reason.
 */
@ApplicationScoped
@Named("orderSyncRequest")
public class OrderSyncRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProducerTemplate producer;
    private final ParkedMessages parked;

    public OrderSyncRequest(ProducerTemplate producer, ParkedMessages parked) {
        this.producer = producer;
        this.parked = parked;
    }

    public void sync(Exchange exchange) throws JsonProcessingException {
        String id = exchange.getMessage().getHeader("ccvOrderId", String.class);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ccvOrderId", id);
        if (id == null || !id.matches("\\d{1,18}")) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
            answer.put("error", "the CCV order id is a number");
            exchange.getMessage().setBody(JSON.writeValueAsString(answer));
            return;
        }
        Instant started = Instant.now().minusMillis(1);
        Exchange result = producer.send("direct:orders-sync-order", e -> e.getMessage().setBody(id));
        ParkedMessage parkedMessage = parked.byKey(OrderAlreadyBooked.FLOW, id)
                .filter(p -> !p.lastFailureAt().isBefore(started)).orElse(null);
        String status = result.getProperty(MessageProperties.STATUS, String.class);
        String outcome = parkedMessage != null ? "parked" : status == null ? "committed" : status.toLowerCase();
        answer.put("outcome", outcome);
        answer.put("globeNumber", result.getProperty(MessageProperties.TARGET_REF, String.class));
        answer.put("summary", result.getProperty(MessageProperties.SUMMARY, String.class));
        if (parkedMessage != null) {
            answer.put("reason", parkedMessage.reason());
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, parkedMessage != null ? 422 : 200);
        exchange.getMessage().setBody(JSON.writeValueAsString(answer));
    }
}
