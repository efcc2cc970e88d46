package com.ccvglobe.bridge.customers;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.Mask;

/**
 * Step {@code match-debtor}: the {@link LoadedCustomer} → its {@link DebtorMatch}. The debtor linked to the user (link
 * {@code debtor}, key {@code user:<id>}), else to the e-mail address (its keyed hash, {@link ShopperKeys}) by the orders
 * flow; a linked debtor with another e-mail is a mismatch. Else Globe's Account with that e-mail; one without a debtor
 * number is refused. Reads only. Bean {@code debtorMatcher}.
 */
@ApplicationScoped
@Named("debtorMatcher")
public class DebtorMatcher {

    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final ShopperKeys keys;

    public DebtorMatcher(GlobeEntityClient globe, RecordLinks links, ShopperKeys keys) {
        this.globe = globe;
        this.links = links;
        this.keys = keys;
    }

    public DebtorMatch match(@Body LoadedCustomer customer) {
        String email = customer.email();
        Optional<RecordLink> link = links.byCcvId(DebtorResolver.LINK, CustomerSync.userKey(customer.id()))
                .or(() -> links.byCcvId(DebtorResolver.LINK, keys.email(email)));
        Optional<GlobeRecord> linked = link.flatMap(l -> globe.findFirst("Account",
                GlobeQuery.where(GlobeFilter.eq("DebtorNumber", l.globeKey()))));
        if (linked.isPresent()) {
            boolean same = email.equals(DebtorResolver.normalise(linked.get().text("EmailAddress")));
            return new DebtorMatch(customer, same ? DebtorMatch.Kind.LINKED : DebtorMatch.Kind.MISMATCH, linked.get());
        }
        Optional<GlobeRecord> account = globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
        if (account.isEmpty()) {
            return new DebtorMatch(customer, DebtorMatch.Kind.NONE, null);
        }
        String number = account.get().text("DebtorNumber");
        if (number == null || number.isBlank()) {
            throw new BusinessException(customer.record(), "userinfo.email", "Globe account "
                    + Mask.name(account.get().text("AccountName")) + " has this e-mail address but no debtor number;"
                    + " make it a debtor in Globe or give the customer another e-mail address");
        }
        return new DebtorMatch(customer, DebtorMatch.Kind.BY_EMAIL, account.get());
    }
}
