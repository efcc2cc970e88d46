package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.privacy.ShopperRetention;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.ReconcileResults;

/**
 * Deletes what is past its time in every table that holds personal data: activity rows (masked summaries, CCV order
 * and user ids) older than {@code bridge.retention.activity-days}, parked messages (payloads) older than
 * {@code bridge.retention.parked-days}, and the rows that tie a shopper to the bridge's work (debtor and shopper
 * links in {@code record_link}, debtor-create claims in {@code idempotency_key}, customer fingerprints in
 * {@code last_sent}) older than {@code bridge.retention.shopper-days} ({@link ShopperRetention}). Run by the
 * {@code retention} route. Reconciliation runs and their differences go with the activity rows.
 */
@ApplicationScoped
@Named("retention")
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final ActivityLog activity;
    private final ParkedMessages parked;
    private final ShopperRetention shoppers;
    private final BridgeConfig config;
    private final ReconcileResults reconciliations;

    public Retention(ActivityLog activity, ParkedMessages parked, ShopperRetention shoppers, BridgeConfig config,
            ReconcileResults reconciliations) {
        this.reconciliations = reconciliations;
        this.activity = activity;
        this.parked = parked;
        this.shoppers = shoppers;
        this.config = config;
    }

    public String prune() {
        Instant now = Instant.now();
        int activityRows = activity.deleteOlderThan(now.minus(Duration.ofDays(config.retention().activityDays())));
        // reconciliation results hold the same business keys (and masked e-mails) as the activity log: kept as long
        int runs = reconciliations.deleteOlderThan(now.minus(Duration.ofDays(config.retention().activityDays())));
        int parkedRows = parked.deleteOlderThan(now.minus(Duration.ofDays(config.retention().parkedDays())));
        Map<String, Integer> shopperRows = shoppers.prune(now.minus(Duration.ofDays(config.retention().shopperDays())));
        String result = "retention removed " + activityRows + " activity row(s), " + parkedRows + " parked message(s), "
                + runs + " reconciliation run(s)"
                + shopperRows.entrySet().stream().map(e -> ", " + e.getValue() + " shopper row(s) in " + e.getKey())
                        .collect(Collectors.joining());
        if (activityRows + parkedRows + runs + shopperRows.values().stream().mapToInt(Integer::intValue).sum() > 0) {
            LOG.info(result);
        }
        return result;
    }
}
