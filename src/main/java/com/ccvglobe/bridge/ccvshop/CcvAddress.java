package com.ccvglobe.bridge.ccvshop;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A billing or delivery address of CCV's personal info. {@code housenumber} is read as text (an int in CCV's
 * schema, but lenient). A delivery address with every field empty means "same as billing".
 */
public record CcvAddress(String gender, String initials, String firstName, String lastName, String fullName,
        String company, @JsonProperty("address_line_1") String addressLine1,
        @JsonProperty("address_line_2") String addressLine2, String street, String housenumber, String housenumberSuffix,
        String zipcode, String city, String province, String country, String countryCode, String telephone, String mobile,
        String comment) {

    /** True when the shopper left it empty (CCV sends empty strings and nulls). */
    @JsonIgnore
    public boolean isEmpty() {
        return blank(fullName) && blank(company) && blank(addressLine1) && blank(street) && blank(housenumber)
                && blank(zipcode) && blank(city) && blank(countryCode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
