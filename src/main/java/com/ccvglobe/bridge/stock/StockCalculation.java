package com.ccvglobe.bridge.stock;

import java.math.BigDecimal;
import java.util.List;

import com.ccvglobe.bridge.exactglobe.StockLevel;
import com.ccvglobe.bridge.mapping.StockSettings;

/** The quantity CCV gets for one item: the mapping's calculation over the mapping's warehouses. */
final class StockCalculation {

    private StockCalculation() {
    }

    /**
     * {@code levels} are the item's rows (one per warehouse); warehouses outside the mapping are ignored.
     * {@code assortment} (may be null) picks the item's safety buffer.
     */
    static BigDecimal quantity(List<StockLevel> levels, StockSettings settings, String assortment) {
        BigDecimal total = BigDecimal.ZERO;
        for (StockLevel level : levels) {
            if (settings.warehouses().isEmpty() || settings.warehouses().contains(level.warehouse())) {
                total = total.add(switch (settings.calculation()) {
                    case FREE -> level.free();
                    case ON_HAND -> level.onHand();
                    case PLANNED -> level.free().add(level.onOrder());
                });
            }
        }
        BigDecimal publishable = settings.publishable(total, assortment);
        BigDecimal plain = publishable.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
