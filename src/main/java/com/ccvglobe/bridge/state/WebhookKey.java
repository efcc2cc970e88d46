package com.ccvglobe.bridge.state;

import java.time.Instant;

/**
 * A webhook the bridge registered in CCV Shop: its event, CCV's id, the address CCV calls and the key CCV signs
 * deliveries with. {@link #toString()} never shows the key.
 */
public record WebhookKey(String event, long webhookId, String address, String signingKey, Instant createdAt) {

    @Override
    public String toString() {
        return "WebhookKey[event=" + event + ", webhookId=" + webhookId + ", address=" + address + ", signingKey=***]";
    }
}
