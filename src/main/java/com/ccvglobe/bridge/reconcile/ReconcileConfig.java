package com.ccvglobe.bridge.reconcile;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reconciliation ({@code bridge.reconcile.*}, docs/reconcile.md): when it runs and what it looks at. */
@ConfigMapping(prefix = "bridge.reconcile")
public interface ReconcileConfig {

    /** Runs the scheduled reconciliation (on the leader); {@code POST /api/reconcile} works regardless. */
    @WithDefault("true")
    boolean enabled();

    /** Quartz cron of the scheduled run (default: every night at 03:30). */
    @WithDefault("0 30 3 * * ?")
    String cron();

    /** CCV orders created within this time before the run are reconciled. */
    @WithDefault("30d")
    @DurationMin(hours = 1, message = "must be a duration of at least 1h (env BRIDGE_RECONCILE_WINDOW)")
    Duration window();

    /**
     * An order booked less than this long ago is not reported missing yet (the orders flow may still be at it: a
     * webhook in the queue, the next poll).
     */
    @WithDefault("15m")
    Duration grace();

    /**
     * Forget the last-sent stock of a SKU whose CCV stock drifted (a manual edit in the shop), so that the next stock
     * run sends it again; false only reports the drift.
     */
    @WithDefault("true")
    boolean resendDriftedStock();

    /** Which categories are checked: orders (and totals), stock, articles, customers. */
    @WithDefault("orders,stock,articles,customers")
    java.util.List<String> categories();

    /**
     * A Globe document's YourReference counts as a web reference (one a CCV order should explain) when it matches this
     * regular expression; unset: all digits, or starting with an order number prefix of the shop's orders.
     */
    java.util.Optional<String> referencePattern();
}
