package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;

/** An option set (e.g. Maat) with {@code type} such as {@code option_menu_required}. */
public record CcvAttribute(long id, String name, String type) {

    /** A value of an option set (e.g. M). */
    public record Value(long id, String name, BigDecimal defaultPrice, Long attributeId) {
    }

    /** A value attached to a product ({@code productattributevalues}). */
    public record ProductValue(long id, Long optionid, String optionname, Long optionvalueId, String optionvalueName,
            BigDecimal price, Integer position) {
    }

    /** POST body attaching a value to a product; {@code stock} for the combinations this creates. */
    public record ProductValueInput(long optionvalue, BigDecimal price, Integer position, BigDecimal stock) {
    }
}
