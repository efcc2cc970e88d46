package com.ccvglobe.bridge.customers;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.support.Mask;

/**
 * A registered CCV customer as the customers flow works on it (the body after {@code load-customer}): the CCV user with
 * its personal info, and its e-mail address as the bridge compares it (trimmed, lower case). In Simple:
 * {@code ${body.id}}, {@code ${body.email}}, {@code ${body.emailDomain}}, {@code ${body.company}},
 * {@code ${body.info.billingaddress.countryCode}}, {@code ${body.user.groupId}}. Printed ({@code log: "${body}"}) with
 * the e-mail masked.
 */
public record LoadedCustomer(long id, CcvShopRecords.User user, String email) {

    /** The business key for errors: {@code customer <id>}. */
    public String record() {
        return "customer " + id;
    }

    /** The customer's personal info (addresses, e-mail, VAT number, customer type). */
    public CcvCustomer info() {
        return user.userinfo();
    }

    /** The part of the e-mail address after the {@code @}, e.g. {@code example.com}. */
    public String emailDomain() {
        return email.substring(email.indexOf('@') + 1);
    }

    /** Whether Globe gets a company debtor for this customer (as for orders). */
    public boolean company() {
        return DebtorFactory.isCompany(user.userinfo());
    }

    @Override
    public String toString() {
        return record() + " (" + Mask.email(email) + ", " + (company() ? "company" : "person") + ")";
    }
}
