package com.ccvglobe.bridge.exactglobe;

/**
 * The header/line documents Globe creates through the TransactionKey procedure, with their line and header entities
 * and the header property that carries the number Globe assigned.
 */
public enum GlobeDocumentType {
    /** Sales order: lines use {@code Itemcode} (lower-case c). */
    SALES_ORDER("SalesOrderLine", "SalesOrderHeader", "SalesOrderNumber"),
    /** Sales invoice (direct invoice): lines use {@code ItemCode}. */
    INVOICE("InvoiceLine", "InvoiceHeader", "OurReference"),
    /** Financial entry (journal): lines carry {@code GLAccount} and {@code Amount}; they must balance. */
    FINANCIAL_ENTRY("FinancialLine", "FinancialHeader", "EntryNumber");

    private final String lineEntity;
    private final String headerEntity;
    private final String numberProperty;

    GlobeDocumentType(String lineEntity, String headerEntity, String numberProperty) {
        this.lineEntity = lineEntity;
        this.headerEntity = headerEntity;
        this.numberProperty = numberProperty;
    }

    public String lineEntity() {
        return lineEntity;
    }

    public String headerEntity() {
        return headerEntity;
    }

    public String numberProperty() {
        return numberProperty;
    }
}
