package com.ccvglobe.bridge.state;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Idempotency keys, unique per flow and key. A second add of the same key answers false, never throws. */
@ApplicationScoped
public class IdempotencyKeys {

    private final Jdbc jdbc;

    public IdempotencyKeys(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Claims the key; true when this caller is the first. */
    public boolean add(String flow, String key) {
        return jdbc.insertUnique("INSERT INTO idempotency_key (flow, message_key, created_at) VALUES (?, ?, ?)",
                flow, key, Instant.now());
    }

    public boolean contains(String flow, String key) {
        return jdbc.queryOne("SELECT 1 FROM idempotency_key WHERE flow = ? AND message_key = ?", rs -> 1, flow, key)
                .isPresent();
    }

    /** Releases the key so that the message can be processed again. */
    public boolean remove(String flow, String key) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ? AND message_key = ?", flow, key) == 1;
    }

    public int clear(String flow) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ?", flow);
    }
}
