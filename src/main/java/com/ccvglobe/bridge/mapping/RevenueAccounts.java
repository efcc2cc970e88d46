package com.ccvglobe.bridge.mapping;

import java.util.Locale;
import java.util.Map;

/**
 * {@code revenue-accounts:} the revenue GL account by country, with separate accounts for intra-community
 * and export sales and a default for any other country.
 */
public record RevenueAccounts(Map<String, String> byCountry, String intraCommunity, String export, String otherwise) {

    public RevenueAccounts {
        byCountry = Map.copyOf(byCountry);
    }

    public String forOrder(String country, boolean isIntraCommunity, boolean isExport) {
        if (isIntraCommunity) {
            return intraCommunity;
        }
        if (isExport) {
            return export;
        }
        return country == null ? otherwise : byCountry.getOrDefault(country.toUpperCase(Locale.ROOT), otherwise);
    }
}
