package com.ccvglobe.bridge.stock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.exactglobe.StockLevel;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.mapping.StockSettings;
import com.ccvglobe.bridge.state.LastSentValues;

/**
 * The stock the bridge would send now, per SKU, calculated exactly as a stock run does (same reader, same mapping
 * calculation and safety buffers), for the reconciliation; and forgetting a SKU's last-sent value so that the next run
 * sends it again. Reads Globe only; writes nothing to CCV.
 */
@ApplicationScoped
public class StockQuantities {

    private final GlobeStockReader reader;
    private final MappingRegistry mapping;
    private final ItemAssortments assortments;
    private final LastSentValues lastSent;

    public StockQuantities(GlobeStockReader reader, MappingRegistry mapping, ItemAssortments assortments, LastSentValues lastSent) {
        this.reader = reader;
        this.mapping = mapping;
        this.assortments = assortments;
        this.lastSent = lastSent;
    }

    /** SKU → the quantity a stock run would send now. */
    public Map<String, BigDecimal> now() {
        StockSettings settings = mapping.current().stock();
        Map<String, String> itemAssortments = settings.safetyBufferByAssortment().isEmpty() ? Map.of() : assortments.byItem();
        Map<String, List<StockLevel>> rows = new HashMap<>();
        reader.read(level -> rows.computeIfAbsent(level.itemCode(), k -> new ArrayList<>()).add(level));
        Map<String, BigDecimal> quantities = new HashMap<>();
        rows.forEach((sku, levels) -> quantities.put(sku, StockCalculation.quantity(levels, settings, itemAssortments.get(sku))));
        return quantities;
    }

    /** The link entity of a SKU whose stock lives on a product, and of one whose stock lives on a variant. */
    public static String linkEntity(boolean variant) {
        return (variant ? StockTarget.Kind.COMBINATION : StockTarget.Kind.PRODUCT).linkEntity();
    }

    /** Forgets what was last sent for the SKU: the next stock run sends its stock again. */
    public boolean resendNextRun(String sku) {
        return lastSent.forget(StockPlanner.FLOW, sku);
    }
}
