package com.ccvglobe.bridge.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;

import com.ccvglobe.bridge.ccvshop.CcvProductInput;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.support.RecordOutcome;

/**
 * Sends one stock change: PATCH of the product's {@code stock} (with {@code stockenabled} when the mapping says
 * the bridge manages it), or of the attribute combination's {@code stock} for a variant. The value is recorded as
 * sent only after the PATCH succeeded, so a failed send is sent again by the next run or by a replay. The body (a
 * {@link StockChange}) becomes the {@link RecordOutcome}.
 */
@ApplicationScoped
@Named("stockWriter")
public class StockWriter {

    private final CcvProducts products;
    private final LastSentValues lastSent;
    private final MappingRegistry mapping;
    private final StockProgress progress;

    public StockWriter(CcvProducts products, LastSentValues lastSent, MappingRegistry mapping, StockProgress progress) {
        this.products = products;
        this.lastSent = lastSent;
        this.mapping = mapping;
        this.progress = progress;
    }

    public RecordOutcome send(@Body StockChange change) {
        StockTarget target = change.target();
        if (target.kind() == StockTarget.Kind.COMBINATION) {
            products.setCombinationStock(target.ccvId(), change.quantity());
        } else if (mapping.current().stock().manageStockEnabled()) {
            products.update(target.ccvId(), new CcvProductInput(null, null, null, null, null, null, null, null, null, null,
                    null, true, null, change.quantity(), null, null));
        } else {
            products.setStock(target.ccvId(), change.quantity());
        }
        lastSent.recordSent(StockPlanner.FLOW, change.sku(), change.sentValue());
        progress.handled();
        return RecordOutcome.committed(target.kind().linkEntity() + " " + target.ccvId(), "stock " + change.sku() + ": "
                + (change.previous() == null ? "first value" : change.previous()) + " -> " + change.sentValue());
    }
}
