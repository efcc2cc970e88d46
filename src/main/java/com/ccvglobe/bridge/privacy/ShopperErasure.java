package com.ccvglobe.bridge.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.Mask;

/**
 * Erases one shopper's traces from the state store (a GDPR erasure request): the debtor links of the e-mail key and of
 * the shopper's CCV users, the shopper links, the activity rows and parked messages of the shopper's orders and users,
 * the debtor-create claim and the customers flow's fingerprints. Kept: order links and order idempotency keys (a CCV
 * order id and a Globe number, no personal data; without them the order would be booked again). Writes one activity
 * row (flow {@value #FLOW}, masked address, counts per table). Globe and CCV keep their own records.
 */
@ApplicationScoped
public class ShopperErasure {

    public static final String FLOW = "privacy";
    /** Flows whose message keys are CCV order ids, and the one whose keys are CCV user ids (see their packages). */
    static final List<String> ORDER_FLOWS = List.of("orders", "order-status");
    static final String CUSTOMERS_FLOW = "customers";
    private static final Logger LOG = Logger.getLogger(ShopperErasure.class);

    private final ShopperKeys keys;
    private final ShopperLinks shoppers;
    private final RecordLinks links;
    private final ActivityLog activity;
    private final ParkedMessages parked;
    private final IdempotencyKeys claims;
    private final LastSentValues sent;

    public ShopperErasure(ShopperKeys keys, ShopperLinks shoppers, RecordLinks links, ActivityLog activity, ParkedMessages parked,
            IdempotencyKeys claims, LastSentValues sent) {
        this.keys = keys;
        this.shoppers = shoppers;
        this.links = links;
        this.activity = activity;
        this.parked = parked;
        this.claims = claims;
        this.sent = sent;
    }

    /** Removes what the state store holds about the shopper with this e-mail address; {@code by} names the operator. */
    public ErasureReport erase(String email, String by) {
        Instant started = Instant.now();
        String key = keys.email(email);
        List<RecordLink> ties = shoppers.of(key);
        List<String> orders = ids(ties, ShopperLinks.ORDER);
        List<String> users = ids(ties, ShopperLinks.USER);
        Map<String, Integer> removed = new LinkedHashMap<>();
        int linkRows = count(links.unlink(ShopperKeys.DEBTOR_LINK, key));
        for (String user : users) {
            linkRows += count(links.unlink(ShopperKeys.DEBTOR_LINK, ShopperLinks.USER + user));
        }
        for (RecordLink tie : ties) {
            linkRows += count(links.unlink(ShopperLinks.ENTITY, tie.ccvId()));
        }
        removed.put("record_link", linkRows);
        List<String[]> messages = messages(orders, users);
        removed.put("activity", messages.stream().mapToInt(m -> activity.deleteFor(m[0], m[1])).sum());
        removed.put("parked_message", messages.stream().mapToInt(m -> count(parked.removeByKey(m[0], m[1]))).sum());
        removed.put("idempotency_key", count(claims.remove(ShopperKeys.DEBTOR_CLAIM, key)));
        removed.put("last_sent", users.stream().mapToInt(u -> count(sent.forget(CUSTOMERS_FLOW, u))).sum());
        String shopper = Mask.email(email);
        String counts = removed.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String summary = "erased the traces of shopper " + shopper + " (" + orders.size() + " order(s), " + users.size()
                + " CCV user(s)) on request of " + by + ": " + counts;
        activity.append(new ActivityEntry(null, FLOW, shopper, ActivityStatus.COMMITTED, 1, started, Instant.now(), null, null,
                null, null, summary));
        LOG.infof("Privacy: %s", summary);
        return new ErasureReport(shopper, removed);
    }

    private static List<String> ids(List<RecordLink> ties, String prefix) {
        return ties.stream().map(RecordLink::ccvId).filter(id -> id.startsWith(prefix)).map(id -> id.substring(prefix.length()))
                .toList();
    }

    private static List<String[]> messages(List<String> orders, List<String> users) {
        List<String[]> messages = new ArrayList<>();
        for (String flow : ORDER_FLOWS) {
            orders.forEach(order -> messages.add(new String[] { flow, order }));
        }
        users.forEach(user -> messages.add(new String[] { CUSTOMERS_FLOW, user }));
        return messages;
    }

    private static int count(boolean removed) {
        return removed ? 1 : 0;
    }
}
