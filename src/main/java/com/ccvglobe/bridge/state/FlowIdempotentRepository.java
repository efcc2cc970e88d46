package com.ccvglobe.bridge.state;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel's idempotent repository over the {@code idempotency_key} table, scoped to one flow. Used eagerly by the
 * idempotent consumer: the key is claimed before processing and removed again when the exchange fails or is
 * parked, so that it can be retried or replayed, and confirmed (no longer owned by this instance) when it completed.
 */
public class FlowIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    private final String flow;
    private final IdempotencyKeys keys;

    public FlowIdempotentRepository(String flow, IdempotencyKeys keys) {
        this.flow = flow;
        this.keys = keys;
    }

    public String flow() {
        return flow;
    }

    @Override
    public boolean add(String key) {
        return keys.add(flow, key);
    }

    @Override
    public boolean contains(String key) {
        return keys.contains(flow, key);
    }

    @Override
    public boolean remove(String key) {
        return keys.remove(flow, key);
    }

    @Override
    public boolean confirm(String key) {
        keys.complete(flow, key);
        return true;
    }

    @Override
    public void clear() {
        keys.clear(flow);
    }
}
