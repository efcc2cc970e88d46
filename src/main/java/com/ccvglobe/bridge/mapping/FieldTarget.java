package com.ccvglobe.bridge.mapping;

/** The entity a field mapping writes: a Globe entity ({@code SalesOrderLine}) or a CCV resource ({@code products}). */
public record FieldTarget(String system, String entity) {

    static FieldTarget globe(String entity) {
        return new FieldTarget("globe", entity);
    }

    static FieldTarget ccv(String resource) {
        return new FieldTarget("ccv", resource);
    }

    public boolean globe() {
        return "globe".equals(system);
    }

    @Override
    public String toString() {
        return globe() ? "Globe " + entity : "CCV " + entity;
    }
}
