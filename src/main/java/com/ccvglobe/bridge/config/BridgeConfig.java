package com.ccvglobe.bridge.config;

import java.time.Duration;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the bridge itself (prefix {@code bridge}); flow-specific settings live beside each flow under
 * {@code bridge.<flow>.*}.
 */
@ConfigMapping(prefix = "bridge")
public interface BridgeConfig {

    Sandbox sandbox();

    /** The user's mapping YAML ({@code BRIDGE_MAPPING_FILE}), layered over the shipped defaults. */
    Optional<String> mappingFile();

    Retry retry();

    Retention retention();

    interface Sandbox {
        /**
         * {@code BRIDGE_SANDBOX_ENABLED}. When absent, the sandbox runs if neither {@code CCV_BASE_URL} nor
         * {@code GLOBE_BASE_URL} is set.
         */
        Optional<Boolean> enabled();
    }

    /** Redelivery of transient faults (I/O, timeouts, HTTP 5xx and 429) before a message is parked. */
    interface Retry {
        @WithDefault("5")
        @Min(0)
        @Max(50)
        int maxRedeliveries();

        @WithDefault("1s")
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 500ms, 30s or 5m")
        Duration initialDelay();

        @WithDefault("2.0")
        @DecimalMin("1.0")
        @DecimalMax("10.0")
        double multiplier();

        @WithDefault("5m")
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 500ms, 30s or 5m")
        Duration maxDelay();
    }

    /** How long the activity log and parked payloads are kept. */
    interface Retention {
        @WithDefault("30")
        @Min(1)
        int activityDays();

        @WithDefault("14")
        @Min(1)
        int parkedDays();

        /** How often the retention job runs. */
        @WithDefault("1h")
        @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 30s, 5m or 1h")
        Duration interval();
    }
}
