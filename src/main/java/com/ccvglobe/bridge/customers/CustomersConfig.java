package com.ccvglobe.bridge.customers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How CCV customers become Globe debtors ({@code bridge.customers.*}). */
@ConfigMapping(prefix = "bridge.customers")
public interface CustomersConfig {

    /** Update address, phone and VAT number of an existing debtor from the order (one MERGE of what changed). */
    @WithDefault("false")
    boolean updateExisting();
}
