package com.ccvglobe.bridge.sandbox.ccvsim;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.config.Connections;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The sandbox's CCV Shop inside the app: starts the simulator (port {@code bridge.sandbox.ccv.port}, 0 = a free
 * one) with the demo shop when the sandbox is enabled, hands the bridge its address and a fresh key pair, and
 * stops it on shutdown.
 */
@ApplicationScoped
public class EmbeddedCcvShop implements com.ccvglobe.bridge.config.SandboxCcvShop {

    private static final Logger LOG = Logger.getLogger(EmbeddedCcvShop.class);

    private final Vertx vertx;
    private final Connections connections;
    private final int port;
    private CcvShopSimulator simulator;
    private CcvConnection connection;

    public EmbeddedCcvShop(Vertx vertx, Connections connections, SandboxCcvConfig.Shop config) {
        this.vertx = vertx;
        this.connections = connections;
        this.port = config.port();
    }

    void onStart(@Observes StartupEvent event) {
        if (connections.sandboxEnabled()) {
            ccvShop();
        }
    }

    @Override
    public synchronized CcvConnection ccvShop() {
        if (simulator == null) {
            SecureRandom random = new SecureRandom();
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            String publicKey = "sandbox-" + HexFormat.of().formatHex(secret, 0, 6);
            String secretKey = HexFormat.of().formatHex(secret);
            simulator = new CcvShopSimulator(vertx, publicKey, secretKey);
            int actual = simulator.start(port);
            simulator.demo().seed();
            connection = new CcvConnection(simulator.baseUrl(), publicKey, secretKey);
            LOG.infof("Sandbox CCV Shop listening on %s (API %s, admin %s)", simulator.baseUrl(),
                    CcvShopSimulator.API_PREFIX + "/", SimAdmin.PREFIX + "/state");
            LOG.debugf("Sandbox CCV Shop port %d", actual);
        }
        return connection;
    }

    /** The running simulator, started on demand (for the demo shopper and tests). */
    public synchronized CcvShopSimulator simulator() {
        ccvShop();
        return simulator;
    }

    @PreDestroy
    synchronized void stop() {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }
}
