package com.ccvglobe.bridge.privacy;

import java.util.Map;

/** What an erasure removed: the shopper (masked e-mail address) and the rows removed per state store table. */
public record ErasureReport(String shopper, Map<String, Integer> removed) {

    public ErasureReport {
        removed = Map.copyOf(removed);
    }

    public int total() {
        return removed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
