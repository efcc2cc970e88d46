package com.ccvglobe.bridge.orders;

import java.util.Locale;
import java.util.Set;

import com.ccvglobe.bridge.ccvshop.CcvAddress;
import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.support.BusinessException;

/** The order's country (delivery, else billing), checked against ISO 3166, and whether it lies in the EU. */
final class OrderCountries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private OrderCountries() {
    }

    /** The delivery country (the billing country when the delivery address was left empty), upper case. */
    static String of(CcvCustomer customer, String record) {
        check(customer.billingaddress(), "customer.billingaddress.country_code", record);
        check(customer.deliveryaddress(), "customer.deliveryaddress.country_code", record);
        CcvAddress address = customer.deliveryAddressOrBilling();
        String code = address == null ? null : address.countryCode();
        if (code == null || code.isBlank()) {
            throw new BusinessException(record, "customer.billingaddress.country_code",
                    "the order has no country code; VAT, revenue account and cost unit depend on it");
        }
        return code.trim().toUpperCase(Locale.ROOT);
    }

    static boolean inEu(String country) {
        return EU.contains(country);
    }

    private static void check(CcvAddress address, String field, String record) {
        String code = address == null ? null : address.countryCode();
        if (code != null && !code.isBlank() && !ISO.contains(code.trim().toUpperCase(Locale.ROOT))) {
            throw new BusinessException(record, field, "unknown country code '" + code.trim()
                    + "' (an ISO 3166 two-letter code such as NL, BE or DE is expected)");
        }
    }
}
