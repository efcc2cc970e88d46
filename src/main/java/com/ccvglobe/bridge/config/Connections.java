package com.ccvglobe.bridge.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Hands the vendor clients their connection: the configured real systems, or the sandbox systems when
 * {@code bridge.sandbox.enabled} is on (the default when no vendor URL is set).
 */
@ApplicationScoped
public class Connections {

    private final BridgeConfig bridge;
    private final CcvConfig ccv;
    private final GlobeConfig globe;
    private final Instance<SandboxSystems> sandbox;

    public Connections(BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe, Instance<SandboxSystems> sandbox) {
        this.bridge = bridge;
        this.ccv = ccv;
        this.globe = globe;
        this.sandbox = sandbox;
    }

    public boolean sandboxEnabled() {
        return ConfigurationCheck.sandboxEnabled(bridge, ccv, globe);
    }

    @Produces
    @Singleton
    CcvConnection ccvConnection() {
        if (sandboxEnabled()) {
            return sandbox().ccvShop();
        }
        return new CcvConnection(ccv.baseUrl().orElseThrow(), ccv.publicKey().orElseThrow(), ccv.secretKey().orElseThrow());
    }

    @Produces
    @Singleton
    GlobeConnection globeConnection() {
        if (sandboxEnabled()) {
            return sandbox().exactGlobe();
        }
        GlobeConfig.Sql sql = globe.sql();
        return new GlobeConnection(globe.baseUrl().orElseThrow(), globe.serverName().orElseThrow(),
                globe.databaseName().orElseThrow(), globe.username().orElseThrow(), globe.password().orElseThrow(),
                globe.domain().orElse(null), globe.auth(), sql.jdbcUrl().orElse(null), sql.username().orElse(null),
                sql.password().orElse(null));
    }

    private SandboxSystems sandbox() {
        if (!sandbox.isResolvable()) {
            throw new IllegalStateException("bridge.sandbox.enabled is on but no sandbox systems are available");
        }
        return sandbox.get();
    }
}
