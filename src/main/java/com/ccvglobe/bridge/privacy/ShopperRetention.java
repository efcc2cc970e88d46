package com.ccvglobe.bridge.privacy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * The retention of the rows that tie a shopper to the bridge's work, beside the activity log and parked messages:
 * debtor links (e-mail key or CCV user → debtor number), shopper links (CCV order or user → e-mail key), debtor-create
 * claims (e-mail key) and the customers flow's fingerprints (CCV user id → hash of the user record). Removing one
 * costs a Globe look-up by e-mail, or a fresh compare of the customer, the next time.
 */
@ApplicationScoped
public class ShopperRetention {

    private final RecordLinks links;
    private final IdempotencyKeys claims;
    private final LastSentValues sent;

    public ShopperRetention(RecordLinks links, IdempotencyKeys claims, LastSentValues sent) {
        this.links = links;
        this.claims = claims;
        this.sent = sent;
    }

    /** Removes those rows last written before {@code cutoff}; the count per table. */
    public Map<String, Integer> prune(Instant cutoff) {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("record_link", links.deleteOlderThan(ShopperKeys.DEBTOR_LINK, cutoff)
                + links.deleteOlderThan(ShopperLinks.ENTITY, cutoff));
        removed.put("idempotency_key", claims.deleteOlderThan(ShopperKeys.DEBTOR_CLAIM, cutoff));
        removed.put("last_sent", sent.deleteOlderThan(ShopperErasure.CUSTOMERS_FLOW, cutoff));
        return removed;
    }
}
