package com.ccvglobe.bridge.privacy;

import java.util.Optional;

import jakarta.validation.constraints.Size;

import io.smallrye.config.ConfigMapping;

/** How the bridge keeps shoppers' e-mail addresses out of its state store ({@code bridge.privacy.*}). */
@ConfigMapping(prefix = "bridge.privacy")
public interface PrivacyConfig {

    /**
     * The key of the keyed hash (HMAC-SHA256) that stands for an e-mail address in record links and claims. Unset: the
     * bridge generates one and keeps it in the state store (shared by all replicas). Changing it orphans the stored
     * hashes: repeat customers are then found in Globe by e-mail again.
     */
    Optional<@Size(min = 16, message = "must be at least 16 characters (env BRIDGE_PRIVACY_LINK_KEY)") String> linkKey();
}
