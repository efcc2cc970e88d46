package com.ccvglobe.bridge.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.Mask;

/**
 * Customers: every debtor the bridge linked to a shopper's e-mail address (the link keeps a keyed hash of it) must
 * still carry that address in Globe; a debtor whose e-mail changed in Globe (or that is gone) is reported, with the
 * Globe address masked. Debtors are read {@value #BATCH} at a time (an OR filter on DebtorNumber).
 */
@ApplicationScoped
public class CustomerReconciler {

    static final int BATCH = 20;

    private final RecordLinks links;
    private final GlobeEntityClient globe;
    private final ShopperKeys keys;

    public CustomerReconciler(RecordLinks links, GlobeEntityClient globe, ShopperKeys keys) {
        this.links = links;
        this.globe = globe;
        this.keys = keys;
    }

    public List<ReconcileDifference> reconcile(Map<String, Integer> checked) {
        List<RecordLink> linked = links.byCcvIdLike(ShopperKeys.DEBTOR_LINK, "email:%");
        List<ReconcileDifference> found = new ArrayList<>();
        for (int from = 0; from < linked.size(); from += BATCH) {
            List<RecordLink> batch = linked.subList(from, Math.min(linked.size(), from + BATCH));
            Map<String, GlobeRecord> accounts = accounts(batch);
            for (RecordLink link : batch) {
                GlobeRecord account = accounts.get(link.globeKey().trim());
                if (account == null) {
                    found.add(new ReconcileDifference(null, 0, Category.customers.name(), "debtor-gone", link.globeKey(),
                            "linked e-mail", null, "Exact Globe has no debtor " + link.globeKey() + " any more", null));
                    continue;
                }
                String email = account.text("EmailAddress");
                if (!link.ccvId().equals(keys.email(email))) {
                    found.add(new ReconcileDifference(null, 0, Category.customers.name(), "email", link.globeKey(),
                            "linked e-mail", email == null || email.isBlank() ? "(none)" : Mask.email(email),
                            "the debtor's e-mail in Globe no longer matches the shopper's address it was linked by", null));
                }
            }
        }
        checked.put("customers", linked.size());
        return found;
    }

    private Map<String, GlobeRecord> accounts(List<RecordLink> batch) {
        GlobeFilter any = null;
        for (RecordLink link : batch) {
            GlobeFilter one = GlobeFilter.eq("DebtorNumber", link.globeKey());
            any = any == null ? one : any.or(one);
        }
        Map<String, GlobeRecord> byNumber = new HashMap<>();
        globe.findEach("Account", GlobeQuery.where(any).select("DebtorNumber", "EmailAddress"), account -> {
            String number = account.text("DebtorNumber");
            if (number != null) {
                byNumber.put(number.trim(), account);
            }
        });
        return byNumber;
    }
}
