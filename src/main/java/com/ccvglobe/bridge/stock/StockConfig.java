package com.ccvglobe.bridge.stock;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The stock flow (prefix {@code bridge.stock}). What is calculated and summed is mapping data
 * ({@code stock:} in the mapping); these keys say when and how it runs.
 */
@ConfigMapping(prefix = "bridge.stock")
public interface StockConfig {

    /** Switches the scheduled run off; {@code POST /api/stock/sync} still works. */
    @WithDefault("true")
    boolean enabled();

    /** How often stock is compared and changes are sent (on one replica). */
    @WithDefault("5m")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s (env BRIDGE_STOCK_INTERVAL)")
    Duration interval();

    /** How many SKUs are compared with the state store per query while reading stock. */
    @WithDefault("500")
    @Min(value = 10, message = "must be between 10 and 5000 (env BRIDGE_STOCK_CHUNK_SIZE)")
    @Max(value = 5000, message = "must be between 10 and 5000 (env BRIDGE_STOCK_CHUNK_SIZE)")
    int chunkSize();

    /**
     * How long SKUs that have no CCV product are left alone before the shop's catalogue is read again to
     * find them (a run with unlinked SKUs costs the catalogue's page reads).
     */
    @WithDefault("1h")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s (env BRIDGE_STOCK_RELINK_INTERVAL)")
    Duration relinkInterval();
}
