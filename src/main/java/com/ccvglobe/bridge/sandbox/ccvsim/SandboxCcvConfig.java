package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the sandbox CCV Shop ({@code bridge.sandbox.ccv.*}) and its demo shopper ({@code bridge.sandbox.demo-shopper.*}). */
public final class SandboxCcvConfig {

    private SandboxCcvConfig() {
    }

    @ConfigMapping(prefix = "bridge.sandbox.ccv")
    public interface Shop {
        /** The simulator's port; 0 = a free one. */
        @WithDefault("0")
        @Min(0)
        @Max(65535)
        int port();
    }

    @ConfigMapping(prefix = "bridge.sandbox.demo-shopper")
    public interface Shopper {
        @WithDefault("true")
        boolean enabled();

        /** Time between two demo orders. */
        @WithDefault("5s")
        @DurationMin(millis = 100, message = "must be at least 100ms, e.g. 5s")
        Duration interval();
    }
}
