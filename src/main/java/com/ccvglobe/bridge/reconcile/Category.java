package com.ccvglobe.bridge.reconcile;

/** What a reconciliation compares; the names are the values of {@code category} in the API, CSV and gauges. */
public enum Category {
    orders, totals, stock, articles, customers
}
