package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;

import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.privacy.ShopperLinks;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Step {@code load-customer}: the CCV user id (body) → the {@link LoadedCustomer}. A user without personal info or
 * without an e-mail address is refused (debtors are found by e-mail). The user is noted for erasure requests whatever
 * happens next. Bean {@code customerLoader}.
 */
@ApplicationScoped
@Named("customerLoader")
public class CustomerLoader {

    private final CcvShopInfo shop;
    private final ShopperLinks shoppers;

    public CustomerLoader(CcvShopInfo shop, ShopperLinks shoppers) {
        this.shop = shop;
        this.shoppers = shoppers;
    }

    public LoadedCustomer load(@Body String body) {
        long id;
        try {
            id = Long.parseLong(body == null ? "" : body.trim());
        } catch (NumberFormatException e) {
            throw new BusinessException("customer " + body, null, "not a CCV user id");
        }
        String record = "customer " + id;
        CcvShopRecords.User user = shop.user(id);
        if (user.userinfo() == null) {
            throw new BusinessException(record, "userinfo", "the CCV user has no personal info");
        }
        String email = DebtorResolver.normalise(user.userinfo().email());
        if (email == null || email.isBlank()) {
            throw new BusinessException(record, "userinfo.email", "the customer has no e-mail address; debtors are found by e-mail");
        }
        shoppers.registered(id, email); // whatever happens next, an erasure request finds this user's rows
        return new LoadedCustomer(id, user, email);
    }
}
