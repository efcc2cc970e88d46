package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ParkedMessages;

/**
 * Deletes activity rows older than {@code bridge.retention.activity-days} and parked messages older than
 * {@code bridge.retention.parked-days}; run by the {@code retention} route.
 */
@ApplicationScoped
@Named("retention")
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final ActivityLog activity;
    private final ParkedMessages parked;
    private final BridgeConfig config;

    public Retention(ActivityLog activity, ParkedMessages parked, BridgeConfig config) {
        this.activity = activity;
        this.parked = parked;
        this.config = config;
    }

    public String prune() {
        Instant now = Instant.now();
        int activityRows = activity.deleteOlderThan(now.minus(Duration.ofDays(config.retention().activityDays())));
        int parkedRows = parked.deleteOlderThan(now.minus(Duration.ofDays(config.retention().parkedDays())));
        String result = "retention removed " + activityRows + " activity row(s) and " + parkedRows + " parked message(s)";
        if (activityRows + parkedRows > 0) {
            LOG.info(result);
        }
        return result;
    }
}
