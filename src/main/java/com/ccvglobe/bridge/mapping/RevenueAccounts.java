package com.ccvglobe.bridge.mapping;

import java.util.Locale;
import java.util.Map;

/**
 * {@code revenue-accounts:} the revenue GL account by country, with separate accounts for intra-community
 * and export sales and a default for any other country.
 */
public record RevenueAccounts(Map<String, Resolved> byCountry, Resolved intraCommunity, Resolved export,
        Resolved otherwise) {

    public RevenueAccounts {
        byCountry = Map.copyOf(byCountry);
    }

    public String forOrder(String country, boolean isIntraCommunity, boolean isExport) {
        return resolve(country, isIntraCommunity, isExport).value();
    }

    /** As {@link #forOrder}, with the row that chose the account. */
    public Resolved resolve(String country, boolean isIntraCommunity, boolean isExport) {
        if (isIntraCommunity) {
            return intraCommunity;
        }
        if (isExport) {
            return export;
        }
        return country == null ? otherwise : byCountry.getOrDefault(country.toUpperCase(Locale.ROOT), otherwise);
    }
}
