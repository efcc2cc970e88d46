package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code stock:} how the stock sent to CCV is calculated from Globe: the calculation type, the warehouses
 * summed, negative stock as zero, a safety buffer per assortment, and whether the bridge manages the
 * product's {@code stockenabled} switch.
 */
public record StockSettings(Calculation calculation, List<String> warehouses, boolean negativeAsZero,
        BigDecimal safetyBuffer, Map<String, BigDecimal> safetyBufferByAssortment, boolean manageStockEnabled) {

    /** {@code free} (on hand − reserved), {@code on-hand}, or {@code planned} (free + expected receipts). */
    public enum Calculation {
        FREE("free"), ON_HAND("on-hand"), PLANNED("planned");

        private final String written;

        Calculation(String written) {
            this.written = written;
        }

        public String written() {
            return written;
        }
    }

    public StockSettings {
        warehouses = List.copyOf(warehouses);
        safetyBufferByAssortment = Map.copyOf(safetyBufferByAssortment);
    }

    /** The quantity to publish: Globe's quantity minus the assortment's safety buffer, negative as zero if set. */
    public BigDecimal publishable(BigDecimal globeQuantity, String assortment) {
        BigDecimal buffer = assortment == null ? safetyBuffer
                : safetyBufferByAssortment.getOrDefault(assortment, safetyBuffer);
        BigDecimal quantity = globeQuantity.subtract(buffer);
        return negativeAsZero && quantity.signum() < 0 ? BigDecimal.ZERO : quantity;
    }
}
