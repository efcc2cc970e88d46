package com.ccvglobe.bridge.stock;

/** Where a SKU's stock lives in CCV Shop: on the product, or on one attribute combination (a variant). */
public record StockTarget(Kind kind, long ccvId) {

    public enum Kind {
        PRODUCT("product"), COMBINATION("combination");

        private final String linkEntity;

        Kind(String linkEntity) {
            this.linkEntity = linkEntity;
        }

        /** The entity name of the link in the state store. */
        public String linkEntity() {
            return linkEntity;
        }
    }
}
