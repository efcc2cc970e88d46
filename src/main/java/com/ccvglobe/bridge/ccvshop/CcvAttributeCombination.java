package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;
import java.util.List;

/** A variant of a product (one value of each option set) with its own stock, SKU and EAN. */
public record CcvAttributeCombination(long id, Long productId, BigDecimal stock, String productNumber, String eanNumber,
        String skuNumber, Boolean active, BigDecimal nettoExtraPrice, List<Part> combination) {

    /** One option and its value, e.g. Maat = M. */
    public record Part(Named attribute, Named attributeValue, BigDecimal extraPrice) {
    }

    public record Named(Long id, String name) {
    }

    /** PATCH body: only set fields are sent. */
    public record Update(BigDecimal stock, String productNumber, String eanNumber, String skuNumber, Boolean active) {

        public static Update stock(BigDecimal stock) {
            return new Update(stock, null, null, null, null);
        }
    }
}
