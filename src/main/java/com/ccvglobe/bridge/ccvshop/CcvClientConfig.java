package com.ccvglobe.bridge.ccvshop;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How the CCV client paces and retries (prefix {@code ccv.rate-limit} and {@code ccv.http}). Defaults follow
 * CCV's documented limits: GET 150/min, writes 100/min, productqueries 30/min per resource-method.
 */
public final class CcvClientConfig {

    private CcvClientConfig() {
    }

    @ConfigMapping(prefix = "ccv.rate-limit")
    public interface RateLimit {
        @WithDefault("150")
        @Min(1)
        int getPerMinute();

        @WithDefault("100")
        @Min(1)
        int writePerMinute();

        @WithDefault("30")
        @Min(1)
        int productqueriesPerMinute();

        /** All calls together; CCV's total limit is not documented. */
        @WithDefault("250")
        @Min(1)
        int totalPerMinute();

        /** The window the limits count over: a little more than CCV's minute absorbs clock and network jitter. */
        @WithDefault("61s")
        Duration window();

        /** How long to wait after a 429 (CCV sends no Retry-After); at most 5 minutes. */
        @WithName("wait-on-429")
        @WithDefault("60s")
        Duration waitOn429();

        @WithName("retries-on-429")
        @WithDefault("3")
        @Min(0)
        @Max(10)
        int retriesOn429();
    }

    @ConfigMapping(prefix = "ccv.http")
    public interface Http {
        /** Retries of GET/PATCH/PUT/DELETE on a 5xx or an I/O error; a POST is never retried. */
        @WithDefault("3")
        @Min(0)
        @Max(10)
        int serverErrorRetries();

        /** First pause before such a retry; doubles each time. */
        @WithDefault("1s")
        Duration serverErrorBackoff();

        @WithDefault("10s")
        Duration connectTimeout();

        @WithDefault("60s")
        Duration responseTimeout();

        /** Items per page when reading collections (CCV: at most 250). */
        @WithDefault("250")
        @Min(1)
        @Max(250)
        int pageSize();
    }
}
