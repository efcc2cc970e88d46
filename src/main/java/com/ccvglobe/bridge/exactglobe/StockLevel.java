package com.ccvglobe.bridge.exactglobe;

import java.math.BigDecimal;

/** Stock of one item in one Globe warehouse. Free stock = on hand − reserved (open sales order lines). */
public record StockLevel(String itemCode, String warehouse, BigDecimal onHand, BigDecimal reserved, BigDecimal onOrder) {

    public BigDecimal free() {
        return onHand.subtract(reserved);
    }
}
