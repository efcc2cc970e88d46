package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderRow;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Whether the amounts of a CCV order (the body) are ones to book: every row's count above
 * 0, no negative price, no row amount or order amount above {@code bridge.orders.max-total}, and no negative total
 * (a credit order) unless {@code bridge.orders.allow-credit}. Anything else is a business error naming the order, the
 * row (number and SKU) and the CCV field, so the order parks at once; nothing of it reaches Globe.
 */
@ApplicationScoped
@Named("orderSanity")
public class OrderSanity {

    private final OrdersConfig config;

    public OrderSanity(OrdersConfig config) {
        this.config = config;
    }

    /** Body unchanged; a business error parks the order. */
    public void check(OrderInput input) {
        String record = input.record();
        BigDecimal max = config.maxTotal();
        List<CcvOrderRow> rows = input.rows();
        for (int index = 0; index < rows.size(); index++) {
            row(record, index, rows.get(index), max);
        }
        CcvOrder order = input.order();
        String currency = order.currency() == null || order.currency().isBlank() ? "" : " " + order.currency().trim();
        BigDecimal total = order.totalPrice();
        if (total != null && total.abs().compareTo(max) > 0) {
            throw new BusinessException(record, "total_price", "the order totals " + total.toPlainString() + currency
                    + ", more than bridge.orders.max-total " + max.toPlainString());
        }
        if (total != null && total.signum() < 0 && !config.allowCredit()) {
            throw new BusinessException(record, "total_price", "a credit order (total " + total.toPlainString() + currency
                    + "); bridge.orders.allow-credit is false, so credit orders are not booked");
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("total_shipping", order.totalShipping());
        amounts.put("paymethod_costs", order.paymethodCosts());
        amounts.put("total_discounts", order.totalDiscounts());
        amounts.put("extra_costs", order.extraCosts());
        amounts.put("credit_point_discount", order.creditPointDiscount());
        amounts.forEach((field, amount) -> {
            if (amount != null && amount.abs().compareTo(max) > 0) {
                throw new BusinessException(record, field, "the order's " + field + " of " + amount.toPlainString() + currency
                        + " is more than bridge.orders.max-total " + max.toPlainString());
            }
        });
    }

    private void row(String record, int index, CcvOrderRow row, BigDecimal max) {
        String which = "order row " + (index + 1) + " (SKU " + sku(row) + ")";
        String field = "orderrows[" + index + "].";
        BigDecimal count = row.count();
        if (count == null || count.signum() <= 0) {
            throw new BusinessException(record, field + "count", which + " has count "
                    + (count == null ? "none" : count.toPlainString()) + "; a row's count must be above 0");
        }
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("price", row.price());
        prices.put("selling_price", row.sellingPrice());
        prices.put("price_with_attributes", row.priceWithAttributes());
        prices.forEach((name, price) -> {
            if (price == null) {
                return;
            }
            if (price.signum() < 0 && !config.allowCredit()) {
                throw new BusinessException(record, field + name, which + " has a negative " + name + " of "
                        + price.toPlainString() + " (a credit); bridge.orders.allow-credit is false");
            }
            BigDecimal amount = price.multiply(count);
            if (amount.abs().compareTo(max) > 0) {
                throw new BusinessException(record, field + "total_price", which + " amounts to count "
                        + count.toPlainString() + " × " + name + " " + price.toPlainString() + " = " + amount.toPlainString()
                        + ", more than bridge.orders.max-total " + max.toPlainString());
            }
        });
    }

    private static String sku(CcvOrderRow row) {
        String sku = row.subSkuNumber() != null && !row.subSkuNumber().isBlank() ? row.subSkuNumber() : row.productNumber();
        return sku == null || sku.isBlank() ? "none" : sku.trim();
    }
}
