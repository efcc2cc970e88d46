package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Optional;

/**
 * {@code cost-centres:} and {@code cost-units:} rules: the first rule whose conditions all hold wins (a rule
 * may name a shop, a country and a payment method; absent = any); else the default; else none.
 */
public record AssignmentRules(List<Rule> rules, Optional<Resolved> otherwise) {

    /** One rule; null conditions match anything. */
    public record Rule(String shop, String country, String paymethod, Resolved value) {

        boolean matches(String shopName, String countryCode, String paymethodName) {
            return same(shop, shopName) && same(country, countryCode) && same(paymethod, paymethodName);
        }

        private static boolean same(String wanted, String actual) {
            return wanted == null || wanted.equalsIgnoreCase(actual);
        }
    }

    public AssignmentRules {
        rules = List.copyOf(rules);
    }

    /** The code for these conditions, if any rule or the default gives one. */
    public Optional<String> valueFor(String shop, String country, String paymethod) {
        return resolve(shop, country, paymethod).map(Resolved::value);
    }

    /** As {@link #valueFor}, with the rule that chose the code. */
    public Optional<Resolved> resolve(String shop, String country, String paymethod) {
        for (Rule rule : rules) {
            if (rule.matches(shop, country, paymethod)) {
                return Optional.of(rule.value());
            }
        }
        return otherwise;
    }
}
