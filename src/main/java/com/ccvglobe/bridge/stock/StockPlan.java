package com.ccvglobe.bridge.stock;

import java.util.List;

/** A stock run's plan (the body after step {@code plan-stock}): its figures and the changes to send, one per SKU. */
public record StockPlan(StockRun run, List<StockChange> changes) {
}
