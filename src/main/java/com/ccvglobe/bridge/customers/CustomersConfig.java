package com.ccvglobe.bridge.customers;

import java.time.Duration;

import jakarta.validation.constraints.Pattern;

import org.hibernate.validator.constraints.time.DurationMin;

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
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 15m")
    Duration pollInterval();

    /** Customers synced at once by a poll (each CCV user once per poll; the debtor claim guards a shared e-mail). */
    @WithDefault("4")
    @jakarta.validation.constraints.Min(1)
    int workers();

    /** CCV's {@code approval_status} filter on the user list ({@code accepted}, {@code pending}); {@code any} = every user. */
    @WithDefault("accepted")
    @Pattern(regexp = "accepted|pending|any", message = "must be accepted, pending or any")
    String approvalStatus();
}
