package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Locale;

/**
 * {@code {when: {country: [BE, DE], then: X, otherwise: Y}}} or {@code {when: {customer-type: b2b, then: X}}}:
 * chooses by the record's country or customer type (from the mapping context). Without {@code otherwise} the
 * value passes through unchanged. {@code then} and {@code otherwise} may be literals, $.paths or @variables.
 */
final class WhenTransform {

    private WhenTransform() {
    }

    static Transform of(Section spec) {
        if (!spec.node().isObject()) {
            throw spec.error("when: write {when: {country: [BE, DE], then: X, otherwise: Y}}");
        }
        spec.allowOnly("country", "customer-type", "then", "otherwise");
        boolean byCountry = spec.child("country").present();
        boolean byType = spec.child("customer-type").present();
        if (byCountry == byType) {
            throw spec.error("when: give exactly one condition, country or customer-type");
        }
        if (!spec.child("then").present()) {
            throw spec.child("then").error("when: 'then' is required");
        }
        List<String> values = spec.child(byCountry ? "country" : "customer-type").textList().stream()
                .map(v -> v.toUpperCase(Locale.ROOT)).toList();
        ValueRef then = ValueRef.parse(spec.child("then"));
        boolean hasOtherwise = spec.child("otherwise").present();
        ValueRef otherwise = ValueRef.parse(spec.child("otherwise"));
        return (value, in) -> {
            String actual = byCountry ? in.context().country() : in.context().customerType();
            if (actual != null && values.contains(actual.toUpperCase(Locale.ROOT))) {
                return then.resolve(in);
            }
            return hasOtherwise ? otherwise.resolve(in) : value;
        };
    }
}
