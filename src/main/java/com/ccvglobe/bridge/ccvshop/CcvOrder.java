package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;

/**
 * A CCV order ({@code GET /orders/:id}). Note {@code paid} (the list filter is {@code is_paid}), the order
 * number only once completed, rows not embedded, and {@code user.id} that may arrive as text.
 */
public record CcvOrder(long id, Long ordernumber, String ordernumberPrefix, String ordernumberFull, Long invoicenumber,
        String transactionId, String createDate, String deliverMethod, String deliverDate, String orderedinlng,
        Integer status, Boolean isCompleted, boolean paid, Long paymethodId, String paymethod, String paymethodLabel,
        BigDecimal paymethodCosts, Boolean taxesIncluded, Boolean orderRowTaxesIncluded, Boolean shippingTaxesIncluded,
        BigDecimal shippingTaxPercentage, Boolean isIntraCommunityOrder, Boolean isPlatformSale,
        BigDecimal totalOrderrowPrice, BigDecimal totalShipping, BigDecimal totalDiscounts, BigDecimal totalPrice,
        BigDecimal totalTax, BigDecimal totalWeight, String currency, BigDecimal extraCosts, String extraCostsDescription,
        BigDecimal creditPointDiscount, String trackAndTraceCode, String trackAndTraceCarrier, String trackAndTraceDeeplink,
        String deliveryOption, User user, DiscountCoupon discountcoupon, CcvCustomer customer) {

    /** The registered customer, if any: {@code id} null for guest orders. */
    public record User(String id, BigDecimal discountPercentage) {
    }

    /** The coupon used; present with empty values when none was. */
    public record DiscountCoupon(String code, BigDecimal discount, String type, Boolean givesfreeshipping) {
    }
}
