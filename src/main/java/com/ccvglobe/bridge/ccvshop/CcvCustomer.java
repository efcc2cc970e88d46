package com.ccvglobe.bridge.ccvshop;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** CCV's personal info ({@code customer} of an order, {@code userinfo} of a user); {@code btw} = VAT number, {@code kvk} = CoC. */
public record CcvCustomer(CcvAddress billingaddress, CcvAddress deliveryaddress, String email, String customertype,
        String btw, String kvk, String reference, String iban, String bic, String costcentre, String website) {

    /** The delivery address, or the billing address when the delivery address was left empty. */
    @JsonIgnore
    public CcvAddress deliveryAddressOrBilling() {
        return deliveryaddress == null || deliveryaddress.isEmpty() ? billingaddress : deliveryaddress;
    }

    /** {@code b2b}: ordered as a company. */
    @JsonIgnore
    public boolean isCompany() {
        return "b2b".equalsIgnoreCase(customertype);
    }
}
