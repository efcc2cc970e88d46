package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CCV product as read ({@code is_active}; writes use {@code active}, see {@link CcvProductInput}).
 * {@code productnumber} is the SKU; {@code stocktype} says whether stock is kept on the product or on its
 * attribute combinations.
 */
public record CcvProduct(long id, String productnumber, String eannumber, String mpnnumber, String name,
        String shortdescription, String description, Boolean isActive, BigDecimal price, BigDecimal discount,
        BigDecimal purchaseprice, String taxtariff, Boolean stockenabled, String stocktype, BigDecimal stock,
        BigDecimal weight, String unit, String productmainphoto, String createdate, String modifydate,
        @JsonProperty("package") Link packageRef) {

    /** A {@code {id, href}} reference such as the product's package. */
    public record Link(Long id, String href) {
    }
}
