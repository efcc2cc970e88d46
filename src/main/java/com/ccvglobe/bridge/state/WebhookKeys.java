package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The keys of the CCV webhooks the bridge registered, one per event and address (migrations V3, V6). */
@ApplicationScoped
public class WebhookKeys {

    private final Jdbc jdbc;

    public WebhookKeys(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The webhook of an event at one address. */
    public Optional<WebhookKey> find(String event, String address) {
        return jdbc.queryOne("SELECT event, webhook_id, address, signing_key, created_at FROM ccv_webhook WHERE event = ?"
                + " AND address = ?", WebhookKeys::row, event, address);
    }

    /** The webhooks of an event, at every address a bridge instance registered. */
    public List<WebhookKey> forEvent(String event) {
        return jdbc.query("SELECT event, webhook_id, address, signing_key, created_at FROM ccv_webhook WHERE event = ?"
                + " ORDER BY created_at DESC", WebhookKeys::row, event);
    }

    public List<WebhookKey> all() {
        return jdbc.query("SELECT event, webhook_id, address, signing_key, created_at FROM ccv_webhook ORDER BY event",
                WebhookKeys::row);
    }

    /** Stores (or replaces) the webhook of an event at its address. */
    public void save(WebhookKey key) {
        Instant now = key.createdAt() == null ? Instant.now() : key.createdAt();
        jdbc.upsert("UPDATE ccv_webhook SET webhook_id = ?, signing_key = ?, created_at = ? WHERE event = ? AND address = ?",
                Jdbc.params(key.webhookId(), key.signingKey(), now, key.event(), key.address()),
                "INSERT INTO ccv_webhook (event, webhook_id, address, signing_key, created_at) VALUES (?, ?, ?, ?, ?)",
                Jdbc.params(key.event(), key.webhookId(), key.address(), key.signingKey(), now));
    }

    public int delete(String event) {
        return jdbc.update("DELETE FROM ccv_webhook WHERE event = ?", event);
    }

    private static WebhookKey row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WebhookKey(rs.getString("event"), rs.getLong("webhook_id"), rs.getString("address"),
                rs.getString("signing_key"), Jdbc.instant(rs, "created_at"));
    }
}
