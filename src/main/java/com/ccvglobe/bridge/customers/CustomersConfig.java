package com.ccvglobe.bridge.customers;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How CCV customers become Globe debtors ({@code bridge.customers.*}). */
@ConfigMapping(prefix = "bridge.customers")
public interface CustomersConfig {

    /** Update address, phone and VAT number of an existing debtor from the order (one MERGE of what changed). */
    @WithDefault("false")
    boolean updateExisting();

    /** Runs the customers poll (registered CCV users into Globe debtors); run-now works regardless. */
    @WithDefault("true")
    boolean enabled();

    /** Time between customers polls. */
    @WithDefault("15m")
    Duration pollInterval();

    /** CCV's {@code approval_status} filter on the user list ({@code accepted}, {@code pending}); {@code any} = every user. */
    @WithDefault("accepted")
    String approvalStatus();
}
