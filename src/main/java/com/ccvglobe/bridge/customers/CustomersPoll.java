package com.ccvglobe.bridge.customers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The CCV users to sync in this poll. CCV's user list has no change date, so each poll lists the users (with the
 * configured {@code approval_status}) and takes those whose data changed since they were last synced (a fingerprint
 * per user in the state store, flow {@value #FLOW}); users parked in this flow wait for their replay. The cursor
 * {@value #CURSOR_NAME} (the poll's start) is proposed here (exchange property {@value #CURSOR}) and confirmed by {@link CustomersCursor} after every
 * successful poll, also when nothing changed: it tells when the customers were last compared.
 */
@ApplicationScoped
@Named("customersPoll")
public class CustomersPoll {

    public static final String FLOW = "customers";
    public static final String CURSOR_NAME = "customers.last-poll";
    public static final String CURSOR = "customersCursor";
    private static final Logger LOG = Logger.getLogger(CustomersPoll.class);

    private final CcvShopInfo shop;
    private final SyncCursors cursors;
    private final LastSentValues sent;
    private final ParkedMessages parked;
    private final CustomersConfig config;

    public CustomersPoll(CcvShopInfo shop, SyncCursors cursors, LastSentValues sent, ParkedMessages parked,
            CustomersConfig config) {
        this.shop = shop;
        this.cursors = cursors;
        this.sent = sent;
        this.parked = parked;
        this.config = config;
    }

    /** The cursor of this poll (its start), to be confirmed by {@link CustomersCursor} once the poll went through. */
    public SyncCursors.PendingCursor propose() {
        return cursors.propose(CURSOR_NAME, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The ids (as text) of the users whose data changed since their last sync. */
    public List<String> due() {
        String status = config.approvalStatus();
        List<CcvShopRecords.User> users = shop.users("any".equals(status) ? null : status);
        Map<String, String> last = sent.all(FLOW);
        List<String> due = new ArrayList<>();
        for (CcvShopRecords.User user : users) {
            String key = String.valueOf(user.id());
            if (!fingerprint(user).equals(last.get(key)) && !parked.isParked(FLOW, key)) {
                due.add(key);
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Customers poll: %d of %d listed customer(s) to sync", due.size(), users.size());
        }
        return due;
    }

    /**
     * The ids (as text) of every listed user, changed or not (parked ones wait for their replay): a full comparison
     * with Globe, e.g. nightly (docs/recipes/customers-nightly-full-sync.camel.yaml). Leaves the poll's cursor alone.
     */
    public List<String> all() {
        String status = config.approvalStatus();
        List<String> all = new ArrayList<>();
        for (CcvShopRecords.User user : shop.users("any".equals(status) ? null : status)) {
            String key = String.valueOf(user.id());
            if (!parked.isParked(FLOW, key)) {
                all.add(key);
            }
        }
        LOG.infof("Customers full sync: %d listed customer(s)", all.size());
        return all;
    }

    /** What a user looked like when synced: a hash of the CCV user record (group, approval and personal info). */
    static String fingerprint(CcvShopRecords.User user) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(CustomerJson.tree(user).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
