package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * {@code vat:} the Globe VAT code for a CCV VAT rate. A row matches on rate, country (absent = any country),
 * intra-community and export; a row for the country wins over a row for any country. When no row matches a
 * domestic sale, the country's default code applies; intra-community and export sales need a row.
 */
public record VatCodes(List<VatRow> rows, Map<String, Resolved> defaultPerCountry) {

    /** One row of {@code vat.codes}. {@code country} null means any country. */
    public record VatRow(String country, BigDecimal rate, boolean intraCommunity, boolean export, Resolved code) {
    }

    public VatCodes {
        rows = List.copyOf(rows);
        defaultPerCountry = Map.copyOf(defaultPerCountry);
    }

    /**
     * @param record business key for the error, e.g. {@code order 12345}
     */
    public String codeFor(BigDecimal rate, String country, boolean intraCommunity, boolean export, String record) {
        return resolve(rate, country, intraCommunity, export, record).value();
    }

    /** As {@link #codeFor}, with the row that chose the code. */
    public Resolved resolve(BigDecimal rate, String country, boolean intraCommunity, boolean export, String record) {
        String upperCountry = country == null ? null : country.toUpperCase(Locale.ROOT);
        VatRow anyCountry = null;
        for (VatRow row : rows) {
            if (row.intraCommunity() == intraCommunity && row.export() == export
                    && rate != null && row.rate().compareTo(rate) == 0) {
                if (row.country() == null) {
                    anyCountry = anyCountry == null ? row : anyCountry;
                } else if (row.country().equals(upperCountry)) {
                    return row.code();
                }
            }
        }
        if (anyCountry != null) {
            return anyCountry.code();
        }
        if (!intraCommunity && !export && upperCountry != null && defaultPerCountry.containsKey(upperCountry)) {
            return defaultPerCountry.get(upperCountry);
        }
        throw new BusinessException(record, "vat",
                "no VAT code in the mapping (vat.codes) for rate " + (rate == null ? "none" : rate.toPlainString())
                        + "%, country " + country + (intraCommunity ? ", intra-community" : "")
                        + (export ? ", export" : "") + "; add a row to vat.codes");
    }
}
