package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;

/**
 * The body of POST / PATCH {@code /products}: only set fields are sent. POST needs {@code name},
 * {@code price}, {@code discount}, {@code package_id} and {@code taxtariff}.
 */
public record CcvProductInput(String productnumber, Boolean active, String name, String shortdescription,
        String description, String eannumber, BigDecimal price, BigDecimal discount, BigDecimal purchaseprice,
        String taxtariff, Long packageId, Boolean stockenabled, String stocktype, BigDecimal stock, BigDecimal weight,
        String unit) {

    public static CcvProductInput active(boolean active) {
        return new CcvProductInput(null, active, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public static CcvProductInput stock(BigDecimal stock) {
        return new CcvProductInput(null, null, null, null, null, null, null, null, null, null, null, null, null, stock,
                null, null);
    }
}
