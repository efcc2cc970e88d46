package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of an order. {@code count} is the quantity (decimals possible), {@code discount} is per unit,
 * {@code tax} the VAT percentage; {@code sub_sku_number} identifies the chosen variant.
 */
public record CcvOrderRow(long id, Long orderId, String productType, String productName, String productNumber,
        String subProductNumber, String subSkuNumber, String subEanNumber, Long productId, BigDecimal count,
        BigDecimal price, BigDecimal discount, BigDecimal tax, String unit, BigDecimal weight, BigDecimal sellingPrice,
        BigDecimal totalPrice, BigDecimal priceWithAttributes, BigDecimal totalPriceWithAttributes, Long packageId,
        List<Attribute> attributes) {

    /** An option chosen on the row (size, colour). */
    public record Attribute(String optionName, String valueName, BigDecimal price) {
    }
}
