package com.ccvglobe.bridge.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code debtors:} new debtors get the next free number in {@code number-range} (6 positions), a Globe
 * classification by customer type ({@code b2c}/{@code b2b}), and the fixed Account field values in
 * {@code defaults}. {@code default-debtor} is the collective debtor and when it is used.
 */
public record DebtorSettings(long numberFrom, long numberTo, Map<String, String> classification,
        Map<String, Object> defaults, String defaultDebtor, DefaultDebtorUse defaultDebtorUse) {

    /** When orders are booked on the default debtor instead of their own. */
    public enum DefaultDebtorUse {
        /** Every order gets its own debtor. */
        NEVER,
        /** Orders without a CCV user account (guest checkout). */
        GUESTS,
        /** All consumer (b2c) orders. */
        B2C,
        /** All orders. */
        ALL
    }

    public DebtorSettings {
        classification = Map.copyOf(classification);
        defaults = Map.copyOf(defaults);
    }

    /** The classification for a CCV customer type, if the mapping names one. */
    public Optional<String> classificationFor(String customerType) {
        return Optional.ofNullable(customerType == null ? null : classification.get(customerType.toLowerCase(Locale.ROOT)));
    }
}
