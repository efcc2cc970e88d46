package com.ccvglobe.bridge.customers;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;

/**
 * The Globe debtor a loaded customer matches (the body after {@code match-debtor}): {@code LINKED} (the debtor linked
 * to the user or its e-mail, same e-mail), {@code BY_EMAIL} (Globe's Account with that e-mail), {@code NONE}, or
 * {@code MISMATCH} (the linked debtor has another e-mail). In Simple: {@code ${body.kind}}, {@code ${body.debtorNumber}},
 * {@code ${body.customer.emailDomain}}.
 */
public record DebtorMatch(LoadedCustomer customer, Kind kind, GlobeRecord account) {

    public enum Kind {
        LINKED, BY_EMAIL, NONE, MISMATCH
    }

    /** The matched debtor's number (trimmed), {@code null} for {@code NONE}. */
    public String debtorNumber() {
        return account == null ? null : account.text("DebtorNumber").trim();
    }

    @Override
    public String toString() {
        return customer + " -> " + kind + (account == null ? "" : " debtor " + debtorNumber());
    }
}
