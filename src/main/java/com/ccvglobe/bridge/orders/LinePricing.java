package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import com.ccvglobe.bridge.mapping.FieldProvenance;

/**
 * Turns a CCV amount into a Globe line priced the way Globe will read it. CCV prices are incl. or excl. VAT per the
 * order's flags; a Globe price is incl. or excl. VAT per the line's VAT code ({@code VAT.Excluded}). When the two
 * differ the unit price is converted with the CCV rate (4 decimals). The line amount Globe will book is
 * {@code NetPrice × Quantity} rounded to cents, its VAT rounded to cents: the same rule as the Globe simulator's
 * totals (docs/orders.md, "Money").
 */
final class LinePricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LinePricing() {
    }

    static DocumentLine line(String item, BigDecimal quantity, BigDecimal grossUnit, BigDecimal netUnit, BigDecimal ccvRate,
            boolean ccvIncludesVat, GlobeVatCodes.VatCode code, Map<String, Object> fields,
            Map<String, FieldProvenance> provenance) {
        BigDecimal rate = ccvRate == null ? BigDecimal.ZERO : ccvRate;
        BigDecimal factor = BigDecimal.ONE.add(rate.divide(HUNDRED, 10, RoundingMode.HALF_UP));
        BigDecimal gross = convert(grossUnit, factor, ccvIncludesVat, code.including());
        BigDecimal net = convert(netUnit, factor, ccvIncludesVat, code.including());
        BigDecimal discount = gross.signum() == 0 || gross.compareTo(net) == 0 ? null
                : gross.subtract(net).multiply(HUNDRED).divide(gross, 2, RoundingMode.HALF_UP);
        BigDecimal amount = net.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        BigDecimal vat;
        BigDecimal including;
        if (code.including()) {
            vat = amount.subtract(amount.multiply(HUNDRED).divide(HUNDRED.add(code.percentage()), 2, RoundingMode.HALF_UP));
            including = amount;
        } else {
            vat = amount.multiply(code.percentage()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            including = amount.add(vat);
        }
        return new DocumentLine(item, quantity, gross, net, discount, code.code(), including, vat, fields, provenance);
    }

    private static BigDecimal convert(BigDecimal unit, BigDecimal factor, boolean ccvIncludesVat, boolean globeIncludesVat) {
        BigDecimal value = unit == null ? BigDecimal.ZERO : unit;
        if (ccvIncludesVat == globeIncludesVat) {
            return value.stripTrailingZeros().scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP) : value;
        }
        return ccvIncludesVat ? value.divide(factor, 4, RoundingMode.HALF_UP) : value.multiply(factor).setScale(4, RoundingMode.HALF_UP);
    }
}
