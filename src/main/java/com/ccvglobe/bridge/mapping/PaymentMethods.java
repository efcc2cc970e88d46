package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * {@code payment-methods:} CCV payment method (the order's {@code paymethod}, e.g. {@code BankTransfer}) →
 * Globe payment method letter and payment condition. The row {@code default} serves any other method.
 */
public record PaymentMethods(Map<String, PaymentTerms> byPaymethod, Optional<PaymentTerms> otherwise) {

    /** The Globe letters for one CCV method, with the row they come from ({@code payment-methods.iDEAL}). */
    public record PaymentTerms(String method, String condition, String key, Origin origin) {

        /** E.g. {@code payment-methods.iDEAL (default-mapping.yaml:30)}. */
        public String rule() {
            return new Resolved(method, key, origin).rule();
        }
    }

    /** Globe's payment method letters (eExact XSD {@code PaymentMethod/@code}, plus A). */
    static final List<String> GLOBE_LETTERS = List.of("B", "K", "R", "C", "W", "I", "O", "F", "P", "V", "Y", "X",
            "E", "H", "S", "A");

    public PaymentMethods {
        byPaymethod = Map.copyOf(byPaymethod);
    }

    public PaymentTerms forPaymethod(String paymethod, String record) {
        PaymentTerms found = paymethod == null ? null : byPaymethod.get(paymethod.toLowerCase(Locale.ROOT));
        if (found != null) {
            return found;
        }
        return otherwise.orElseThrow(() -> new BusinessException(record, "paymethod",
                "no row in payment-methods for CCV payment method '" + paymethod + "' and no default row"));
    }
}
