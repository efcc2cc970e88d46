package com.ccvglobe.bridge.mapping;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * {@code shipping-methods:} the Globe shipping method ({@code ShippingVia} / {@code DeliveryMethod}, 5 letters)
 * for a CCV order: by {@code delivery_option} (e.g. {@code PG}, {@code DHDLE}) first, then by
 * {@code deliver_method} ({@code shipping}, {@code pickup}, {@code delivery}), then the default.
 */
public record ShippingMethods(Map<String, Resolved> byDeliveryOption, Map<String, Resolved> byDeliverMethod,
        Optional<Resolved> otherwise) {

    public ShippingMethods {
        byDeliveryOption = Map.copyOf(byDeliveryOption);
        byDeliverMethod = Map.copyOf(byDeliverMethod);
    }

    public String forOrder(String deliveryOption, String deliverMethod, String record) {
        return resolve(deliveryOption, deliverMethod, record).value();
    }

    /** As {@link #forOrder}, with the row that chose the method. */
    public Resolved resolve(String deliveryOption, String deliverMethod, String record) {
        Resolved found = deliveryOption == null ? null : byDeliveryOption.get(deliveryOption.toUpperCase(Locale.ROOT));
        if (found == null && deliverMethod != null) {
            found = byDeliverMethod.get(deliverMethod.toLowerCase(Locale.ROOT));
        }
        if (found != null) {
            return found;
        }
        return otherwise.orElseThrow(() -> new BusinessException(record, "delivery_option",
                "no Globe shipping method in shipping-methods for delivery option '" + deliveryOption
                        + "' / deliver method '" + deliverMethod + "' and no default"));
    }
}
