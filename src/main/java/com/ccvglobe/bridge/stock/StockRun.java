package com.ccvglobe.bridge.stock;

import java.util.List;

/**
 * What one stock comparison found: how many stock rows and items were read, how many changed, and which SKUs
 * have no CCV product (reported, not fatal; {@code unlinkedSample} lists the first few).
 */
public record StockRun(int rowsRead, int itemsRead, int changes, int unlinked, List<String> unlinkedSample) {

    public String describe() {
        return "stock run: " + rowsRead + " stock rows, " + itemsRead + " items, " + changes + " to send, " + unlinked
                + " without a CCV product" + (unlinkedSample.isEmpty() ? "" : " (e.g. " + String.join(", ", unlinkedSample) + ")");
    }
}
