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

    /**
     * {@code BRIDGE_START_PAUSED}: whether a fresh installation (empty state store) holds its flows until an operator
     * starts each one (docs/operations.md, "Going live"). When absent: true with real systems, false with the sandbox.
     */
    Optional<Boolean> startPaused();

    /** The user's mapping YAML ({@code BRIDGE_MAPPING_FILE}), layered over the shipped defaults. */
    Optional<String> mappingFile();

    /**
     * The user's routes folder ({@code BRIDGE_ROUTES_DIR}): every {@code *.camel.yaml} in it is added to the shipped
     * routes at start-up; a route with a shipped route's id replaces that route; changes are picked up while running.
     */
    Optional<String> routesDir();

    UserRoutesSettings routes();

    interface UserRoutesSettings {
        /** How often the routes folder is checked for changed, added or removed files. */
        @WithDefault("2s")
        Duration reloadInterval();

        /** A route file larger than this is refused (a folder of routes, not of data). */
        @WithDefault("1048576")
        @Min(1024)
        int maxFileBytes();
    }

    Retry retry();

    Retention retention();

    Cluster cluster();

    /**
     * Leader election for the polling routes ({@code master:} endpoints): one replica polls at a time.
     * {@code file}: a lock file under {@code file-root} (one host, or a shared volume); {@code kubernetes}: a
     * {@code coordination.k8s.io} Lease in the pod's namespace.
     */
    interface Cluster {
        @WithDefault("file")
        Mode mode();

        /** Folder of the lock files in {@code file} mode. */
        @WithDefault("./data/cluster")
        String fileRoot();

        /** Namespace of the Lease in {@code kubernetes} mode; default: the pod's own namespace. */
        Optional<String> namespace();

        /** Prefix of the Lease names, one Lease per polling flow. */
        @WithDefault("ccv-globe-bridge")
        String leaseName();

        /** How long a leader's Lease stays valid without renewal: the longest a takeover waits. */
        @WithDefault("15s")
        @DurationMin(seconds = 1, message = "must be a duration of at least 1s (env BRIDGE_CLUSTER_LEASE_DURATION)")
        Duration leaseDuration();

        @WithDefault("10s")
        @DurationMin(seconds = 1, message = "must be a duration of at least 1s (env BRIDGE_CLUSTER_RENEW_DEADLINE)")
        Duration renewDeadline();

        /** How often a replica tries to take or renew leadership (also the file lock poll interval). */
        @WithDefault("2s")
        @DurationMin(millis = 100, message = "must be a duration of at least 100ms (env BRIDGE_CLUSTER_RETRY_PERIOD)")
        Duration retryPeriod();

        /**
         * How long a bridge instance may miss its heartbeat in the state store before the messages it claimed count
         * as abandoned (a crashed or killed instance) and another instance may take them over. Longer than the
         * slowest message (its retries included) should take; the Globe reference check covers the rest.
         */
        @WithDefault("30s")
        @DurationMin(seconds = 3, message = "must be a duration of at least 3s (env BRIDGE_CLUSTER_INSTANCE_TIMEOUT)")
        Duration instanceTimeout();

        enum Mode {
            file, kubernetes
        }
    }

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
        @Min(value = 0, message = "must be between 0 and 50 (env BRIDGE_RETRY_MAX_REDELIVERIES)")
        @Max(value = 50, message = "must be between 0 and 50 (env BRIDGE_RETRY_MAX_REDELIVERIES)")
        int maxRedeliveries();

        @WithDefault("1s")
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 500ms, 30s or 5m (env BRIDGE_RETRY_INITIAL_DELAY)")
        Duration initialDelay();

        @WithDefault("2.0")
        @DecimalMin(value = "1.0", message = "must be between 1.0 and 10.0 (env BRIDGE_RETRY_MULTIPLIER)")
        @DecimalMax(value = "10.0", message = "must be between 1.0 and 10.0 (env BRIDGE_RETRY_MULTIPLIER)")
        double multiplier();

        @WithDefault("5m")
        @DurationMin(millis = 1, message = "must be a positive duration, e.g. 500ms, 30s or 5m (env BRIDGE_RETRY_MAX_DELAY)")
        Duration maxDelay();

        /**
         * While CCV Shop, Exact Globe or the state store is degraded (an outage), a message whose retries ran out keeps
         * retrying, with the same back-off, for up to this long after its first failure, instead of being parked.
         */
        @WithDefault("15m")
        @DurationMin(millis = 0, message = "must be a duration, e.g. 0s (off), 10m or 1h (env BRIDGE_RETRY_OUTAGE_WAIT)")
        Duration outageWait();
    }

    /** How long the activity log, parked payloads and the rows tying a shopper to the bridge's work are kept. */
    interface Retention {
        @WithDefault("30")
        @Min(value = 1, message = "must be at least 1 day (env BRIDGE_RETENTION_ACTIVITY_DAYS)")
        int activityDays();

        @WithDefault("14")
        @Min(value = 1, message = "must be at least 1 day (env BRIDGE_RETENTION_PARKED_DAYS)")
        int parkedDays();

        /**
         * Debtor and shopper links, debtor-create claims and customer fingerprints: the rows that tie a shopper (an
         * e-mail key or CCV user) to the bridge's work, removed this many days after they were last written.
         */
        @WithDefault("365")
        @Min(value = 1, message = "must be at least 1 day (env BRIDGE_RETENTION_SHOPPER_DAYS)")
        int shopperDays();

        /** How often the retention job runs. */
        @WithDefault("1h")
        @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 30s, 5m or 1h (env BRIDGE_RETENTION_INTERVAL)")
        Duration interval();
    }
}
