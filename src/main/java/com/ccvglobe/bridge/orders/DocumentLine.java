package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.Map;

import com.ccvglobe.bridge.mapping.FieldProvenance;

/**
 * One line of the Globe document in the making: the item, quantity and unit prices as Globe will read them (incl. or
 * excl. VAT following the VAT code), the VAT code, and what Globe will make of it: the line amount incl. VAT and its
 * VAT. {@code fields} are the mapped descriptive fields (description, warehouse, ...); {@code provenance} says for
 * every field of the line (money included) which mapping rule or flow step produced it.
 */
record DocumentLine(String item, BigDecimal quantity, BigDecimal price, BigDecimal netPrice, BigDecimal discountPercentage,
        String vatCode, BigDecimal amountIncludingVat, BigDecimal vat, Map<String, Object> fields,
        Map<String, FieldProvenance> provenance) {

    BigDecimal amountExcludingVat() {
        return amountIncludingVat.subtract(vat);
    }
}
