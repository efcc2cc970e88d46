package com.ccvglobe.bridge.articles;

import java.util.Map;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * What CCV would refuse or garble, checked before any call so the message is parked with a reason naming the SKU
 * and the field: text over CCV's lengths (reference §3.7.1) and EAN codes that are not valid GS1 numbers.
 */
public final class ArticleChecks {

    private static final Map<String, Integer> MAX_LENGTH = Map.of("productnumber", 50, "name", 200, "shortdescription", 255,
            "eannumber", 50, "description", 65536, "page_title", 255, "meta_description", 255, "unit", 50);

    private ArticleChecks() {
    }

    /** Throws a {@link BusinessException} for the first field CCV cannot take. */
    public static void check(String sku, Map<String, Object> fields) {
        MAX_LENGTH.forEach((field, max) -> {
            if (fields.get(field) instanceof String text && text.length() > max) {
                throw new BusinessException("SKU " + sku, field, "CCV product field " + field + " takes at most " + max
                        + " characters; SKU " + sku + " has " + text.length());
            }
        });
        if (fields.get("eannumber") instanceof String ean && !ean.isBlank()) {
            checkEan(sku, "eannumber", ean);
        }
    }

    /** A GTIN-8, -12, -13 or -14 with a correct GS1 check digit. */
    public static void checkEan(String sku, String field, String ean) {
        String code = ean.trim();
        if (!code.matches("\\d{8}|\\d{12,14}")) {
            throw new BusinessException("SKU " + sku, field, "EAN '" + code + "' of SKU " + sku
                    + " is not a GTIN (8, 12, 13 or 14 digits)");
        }
        if (!validCheckDigit(code)) {
            throw new BusinessException("SKU " + sku, field, "EAN '" + code + "' of SKU " + sku + " has a wrong check digit");
        }
    }

    static boolean validCheckDigit(String digits) {
        int sum = 0;
        int n = digits.length();
        for (int i = n - 2; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += ((n - 2 - i) % 2 == 0) ? d * 3 : d;
        }
        return (10 - sum % 10) % 10 == digits.charAt(n - 1) - '0';
    }
}
