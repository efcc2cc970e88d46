package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;

import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * What every way through the customers flow ends with (the steps of routes/customers-to-globe.camel.yaml: load the
 * customer, match the debtor, then report a mismatch, update or create): the links of a customer to its debtor (link
 * {@code debtor}, key {@code user:<id>} and the e-mail's keyed hash, {@link ShopperKeys}), and the note that the user
 * was synced as it is now (its fingerprint, so the next poll leaves it alone until it changes).
 */
@ApplicationScoped
@Named("customerSync")
public class CustomerSync {

    private final RecordLinks links;
    private final LastSentValues sent;
    private final ShopperKeys keys;

    public CustomerSync(RecordLinks links, LastSentValues sent, ShopperKeys keys) {
        this.links = links;
        this.sent = sent;
        this.keys = keys;
    }

    /** The link key of a CCV user (entity {@code debtor}, beside the orders flow's e-mail keys). */
    static String userKey(long userId) {
        return "user:" + userId;
    }

    void link(LoadedCustomer customer, String number, String guid) {
        links.link(DebtorResolver.LINK, userKey(customer.id()), number, guid);
        links.link(DebtorResolver.LINK, keys.email(customer.email()), number, guid);
    }

    /**
     * The customer (body) counts as synced as it is now: the next poll leaves it alone until it changes in CCV. Also for
     * a route that skips customers ({@code customers-after-load}), so that a skipped customer is not taken every poll.
     */
    public void synced(@Body LoadedCustomer customer) {
        sent.recordSent(CustomersPoll.FLOW, String.valueOf(customer.id()), CustomersPoll.fingerprint(customer.user()));
    }
}
