package com.ccvglobe.bridge.stock;

import java.math.BigDecimal;

/**
 * One stock value to send: the SKU, where it goes in CCV (a product, or a variant's attribute combination),
 * the new quantity and what was last sent (null when never).
 */
public record StockChange(String sku, StockTarget target, BigDecimal quantity, String previous) {

    /** The value as it is stored after a successful send. */
    public String sentValue() {
        return quantity.toPlainString();
    }
}
