package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import com.ccvglobe.bridge.privacy.ShopperLinks;

/**
 * Ties the loaded order to its shopper's e-mail key ({@link ShopperLinks}) before anything can fail or skip it, so that
 * an erasure request finds every activity row and parked message of the order. Body unchanged.
 */
@ApplicationScoped
@Named("orderShopper")
public class OrderShopper {

    private final ShopperLinks shoppers;

    public OrderShopper(ShopperLinks shoppers) {
        this.shoppers = shoppers;
    }

    public void tie(OrderInput input) {
        if (input.order().customer() != null) {
            shoppers.ordered(input.order().id(), input.order().customer().email());
        }
    }
}
