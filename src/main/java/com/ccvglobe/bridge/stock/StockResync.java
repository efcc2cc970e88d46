package com.ccvglobe.bridge.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.LastSentValues;

/**
 * Forgets what was sent, so that the next run sends every linked SKU again: all of them ({@code POST
 * /api/stock/resync}), or one SKU (the replay of a parked stock change).
 */
@ApplicationScoped
@Named("stockResync")
public class StockResync {

    private static final Logger LOG = Logger.getLogger(StockResync.class);

    private final LastSentValues lastSent;

    public StockResync(LastSentValues lastSent) {
        this.lastSent = lastSent;
    }

    /** Body: a SKU to forget; empty body: forget all. */
    public void forget(@Body String sku) {
        if (sku == null || sku.isBlank()) {
            LOG.infof("stock resync: forgot %d last-sent value(s)", lastSent.forgetAll(StockPlanner.FLOW));
        } else {
            lastSent.forget(StockPlanner.FLOW, sku.trim());
        }
    }
}
