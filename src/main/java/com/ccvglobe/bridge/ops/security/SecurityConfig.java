package com.ccvglobe.bridge.ops.security;

import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Security settings of the bridge's own HTTP endpoints (prefix {@code bridge.security}). */
@ConfigMapping(prefix = "bridge.security")
public interface SecurityConfig {

    /**
     * Who may read {@code /q/metrics}: {@code permit} (anyone, for a Prometheus scraper inside the cluster),
     * {@code authenticated} (a dashboard user, e.g. the scraper with Basic credentials) or {@code deny}.
     */
    @WithDefault("permit")
    @Pattern(regexp = "permit|authenticated|deny", message = "must be permit, authenticated or deny")
    String metricsPolicy();
}
