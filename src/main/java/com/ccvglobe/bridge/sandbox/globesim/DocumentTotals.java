package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * How Globe totals a sales order or invoice. Per line: the amount is {@code NetPrice × Quantity} when a net price is
 * given, else {@code Price × Quantity × (1 − DiscountPercentage / 100)}, rounded to cents. Whether that amount includes
 * VAT follows the line's VAT code ({@code VAT.Excluded}: {@code I}/{@code T} including, {@code E}/{@code N} excluding;
 * no VAT code on the line = the item's {@code SalesVATCode}); an invoice header's {@code CalculateIncludingVAT}
 * ({@code Y}/{@code N}) overrides it for the whole invoice. The line's VAT is rounded to cents; the totals are the sums.
 */
final class DocumentTotals {

    record Totals(BigDecimal amount, BigDecimal excludingVat, BigDecimal vat) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DocumentTotals() {
    }

    static Totals of(EntityStore store, List<Map<String, Object>> lines, String itemProperty, Object calculateIncludingVat) {
        Boolean headerIncluding = flag(calculateIncludingVat);
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal vat = BigDecimal.ZERO;
        for (Map<String, Object> line : lines) {
            BigDecimal quantity = number(line.get("Quantity"), BigDecimal.ONE);
            BigDecimal lineAmount = line.get("NetPrice") instanceof BigDecimal net ? net.multiply(quantity)
                    : number(line.get("Price"), BigDecimal.ZERO).multiply(quantity).multiply(BigDecimal.ONE.subtract(
                            number(line.get("DiscountPercentage"), BigDecimal.ZERO).divide(HUNDRED)));
            lineAmount = lineAmount.setScale(2, RoundingMode.HALF_UP);
            Map<String, Object> code = vatCode(store, line, itemProperty);
            BigDecimal percentage = code == null ? BigDecimal.ZERO : number(code.get("Percentage"), BigDecimal.ZERO);
            boolean including = headerIncluding != null ? headerIncluding
                    : code != null && ("I".equals(code.get("Excluded")) || "T".equals(code.get("Excluded")));
            BigDecimal lineVat;
            if (including) {
                BigDecimal excluding = lineAmount.multiply(HUNDRED).divide(HUNDRED.add(percentage), 2, RoundingMode.HALF_UP);
                lineVat = lineAmount.subtract(excluding);
                amount = amount.add(lineAmount);
            } else {
                lineVat = lineAmount.multiply(percentage).divide(HUNDRED, 2, RoundingMode.HALF_UP);
                amount = amount.add(lineAmount).add(lineVat);
            }
            vat = vat.add(lineVat);
        }
        return new Totals(amount, amount.subtract(vat), vat);
    }

    private static Map<String, Object> vatCode(EntityStore store, Map<String, Object> line, String itemProperty) {
        Object code = line.get("VATCode");
        if (code == null || code.toString().isBlank()) {
            Map<String, Object> item = store.get("Item", (String) line.get(itemProperty));
            code = item == null ? null : item.get("SalesVATCode");
        }
        if (code == null) {
            return null;
        }
        String wanted = code.toString().trim();
        return store.all("VAT").stream().filter(v -> wanted.equals(String.valueOf(v.get("VATCode")).trim())).findFirst()
                .orElse(null);
    }

    private static Boolean flag(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String v = value.toString().trim().toUpperCase();
        return v.equals("Y") || v.equals("J") || v.equals("1") || v.equals("TRUE");
    }

    private static BigDecimal number(Object value, BigDecimal fallback) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        return value == null || value.toString().isBlank() ? fallback : new BigDecimal(value.toString());
    }
}
