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
    private final Instance<SandboxCcvShop> sandboxShop;
    private final Instance<SandboxExactGlobe> sandboxGlobe;

    public Connections(BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe, Instance<SandboxCcvShop> sandboxShop,
            Instance<SandboxExactGlobe> sandboxGlobe) {
        this.bridge = bridge;
        this.ccv = ccv;
        this.globe = globe;
        this.sandboxShop = sandboxShop;
        this.sandboxGlobe = sandboxGlobe;
    }

    public boolean sandboxEnabled() {
        return ConfigurationCheck.sandboxEnabled(bridge, ccv, globe);
    }

    @Produces
    @Singleton
    CcvConnection ccvConnection() {
        if (sandboxEnabled()) {
            return sandbox(sandboxShop).ccvShop();
        }
        return new CcvConnection(ccv.baseUrl().orElseThrow(), ccv.publicKey().orElseThrow(), ccv.secretKey().orElseThrow());
    }

    @Produces
    @Singleton
    GlobeConnection globeConnection() {
        if (sandboxEnabled()) {
            return sandbox(sandboxGlobe).exactGlobe();
        }
        GlobeConfig.Sql sql = globe.sql();
        return new GlobeConnection(globe.baseUrl().orElseThrow(), globe.serverName().orElseThrow(),
                globe.databaseName().orElseThrow(), globe.username().orElseThrow(), globe.password().orElseThrow(),
                globe.domain().orElse(null), globe.auth(), sql.jdbcUrl().orElse(null), sql.username().orElse(null),
                sql.password().orElse(null));
    }

    private static <T> T sandbox(Instance<T> system) {
        if (!system.isResolvable()) {
            throw new IllegalStateException("bridge.sandbox.enabled is on but the sandbox system is not available");
        }
        return system.get();
    }
}
