package com.ccvglobe.bridge.sandbox.globesim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.config.CcvConfig;
import com.ccvglobe.bridge.config.ConfigurationCheck;
import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.config.SandboxExactGlobe;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The sandbox's Exact Globe inside the application: started when the sandbox is enabled (port
 * {@code bridge.sandbox.globe.port}, default 0 = a free port), stopped on shutdown; hands the bridge its connection.
 */
@ApplicationScoped
public class SandboxGlobe implements SandboxExactGlobe {

    private static final Logger LOG = Logger.getLogger(SandboxGlobe.class);

    private final Vertx vertx;
    private final BridgeConfig bridge;
    private final CcvConfig ccv;
    private final GlobeConfig globe;
    private final int port;
    private GlobeSimulator simulator;

    public SandboxGlobe(Vertx vertx, BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe,
            @ConfigProperty(name = "bridge.sandbox.globe.port", defaultValue = "0") int port) {
        this.vertx = vertx;
        this.bridge = bridge;
        this.ccv = ccv;
        this.globe = globe;
        this.port = port;
    }

    void onStart(@Observes StartupEvent event) {
        if (ConfigurationCheck.sandboxEnabled(bridge, ccv, globe)) {
            simulator();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        synchronized (this) {
            if (simulator != null) {
                simulator.close();
                simulator = null;
            }
        }
    }

    /** The running simulator, started on first use. */
    public synchronized GlobeSimulator simulator() {
        if (simulator == null) {
            simulator = GlobeSimulator.start(vertx, GlobeSimulator.Options.defaults().withPort(port));
            LOG.infof("Sandbox Exact Globe listening at %s (admin %s)", simulator.baseUrl(), simulator.adminUrl());
        }
        return simulator;
    }

    @Override
    public GlobeConnection exactGlobe() {
        GlobeSimulator sim = simulator();
        GlobeSimulator.Options o = sim.options();
        return new GlobeConnection(sim.baseUrl(), o.serverName(), o.databaseName(), o.username(), o.password(), o.domain(),
                GlobeConfig.Auth.ntlm, sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword());
    }
}
