package com.ccvglobe.bridge.ops;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.slf4j.MDC;

import com.ccvglobe.bridge.support.MessageProperties;

/**
 * First step of every per-record route: notes the flow (the route group), the business key (property
 * {@code bridgeKey}, or the body), where to replay it and what it was (the route's own endpoint and the body,
 * unless the route set {@code bridgeReplayUri} / {@code bridgePayload} itself), and puts flow and key on the log
 * lines.
 */
@ApplicationScoped
@Named("messageStart")
public class MessageStart {

    public void begin(Exchange exchange) {
        Route route = exchange.getUnitOfWork() == null ? null : exchange.getUnitOfWork().getRoute();
        String flow = exchange.getProperty(MessageProperties.FLOW, String.class);
        if (flow == null && route != null) {
            flow = route.getGroup() != null ? route.getGroup() : route.getRouteId();
        }
        String key = exchange.getProperty(MessageProperties.KEY, String.class);
        if (key == null) {
            key = exchange.getMessage().getBody(String.class);
        }
        exchange.setProperty(MessageProperties.FLOW, flow);
        exchange.setProperty(MessageProperties.KEY, key);
        if (route != null && exchange.getProperty(MessageProperties.REPLAY_URI) == null) {
            exchange.setProperty(MessageProperties.REPLAY_URI, route.getEndpoint().getEndpointUri());
        }
        if (exchange.getProperty(MessageProperties.PAYLOAD) == null) {
            exchange.setProperty(MessageProperties.PAYLOAD, exchange.getMessage().getBody(String.class));
        }
        exchange.setProperty(MessageProperties.STARTED_AT, Instant.now());
        MDC.put(MessageProperties.MDC_FLOW, flow);
        MDC.put(MessageProperties.MDC_KEY, key);
    }
}
