package com.ccvglobe.bridge.state;

/**
 * One difference a reconciliation run found between CCV Shop and Exact Globe. {@code id} is null until stored.
 *
 * @param category   orders, totals, stock, articles or customers
 * @param kind       what differs, e.g. {@code missing}, {@code unexplained}, {@code duplicate}, {@code total}, {@code stock}
 * @param key        the business key: CCV order id, Globe document number, SKU or debtor number
 * @param ccvValue   what CCV has (masked where it is personal data)
 * @param globeValue what Globe has, or what the bridge would send from it
 * @param reason     what the bridge knows about it (parked, skipped, never seen, ...)
 * @param action     what the dashboard offers: {@code sync-order}, {@code replay}, {@code stock-replay}, {@code article-sync}, or null
 */
public record ReconcileDifference(Long id, long runId, String category, String kind, String key, String ccvValue,
        String globeValue, String reason, String action) {

    public ReconcileDifference withRun(long run) {
        return new ReconcileDifference(id, run, category, kind, key, ccvValue, globeValue, reason, action);
    }
}
