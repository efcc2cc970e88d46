package com.ccvglobe.bridge.mapping;

/** {@code items:} the Globe item codes of the order lines that are not products. */
public record ItemCodes(String freight, String paymentCosts, String discount) {
}
