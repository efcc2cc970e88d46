package com.ccvglobe.bridge.sandbox.ccvsim;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.Connections;

import io.quarkus.runtime.StartupEvent;

/**
 * In sandbox mode, a shopper who places a realistic order in the sandbox shop every
 * {@code bridge.sandbox.demo-shopper.interval} (persons and companies from NL/BE/DE, variants, coupons,
 * shipping costs); the shop fires {@code orders.created} as for any storefront order. Off with
 * {@code bridge.sandbox.demo-shopper.enabled=false}.
 */
@ApplicationScoped
public class DemoShopper {

    private static final Logger LOG = Logger.getLogger(DemoShopper.class);

    private final EmbeddedCcvShop shop;
    private final Connections connections;
    private final boolean enabled;
    private final Duration interval;
    private final Random random = new Random();
    private ScheduledExecutorService timer;

    public DemoShopper(EmbeddedCcvShop shop, Connections connections, SandboxCcvConfig.Shopper config) {
        this.shop = shop;
        this.connections = connections;
        this.enabled = config.enabled();
        this.interval = config.interval();
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled || !connections.sandboxEnabled()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-demo-shopper");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, interval.toMillis());
        timer.scheduleWithFixedDelay(this::shop, millis, millis, TimeUnit.MILLISECONDS);
        LOG.infof("Demo shopper places an order in the sandbox CCV Shop every %s", interval);
    }

    private void shop() {
        try {
            CcvShopSimulator simulator = shop.simulator();
            long id = simulator.placeOrder(simulator.demo().orders().randomBasket(random, Instant.now()));
            LOG.debugf("Demo shopper placed order %d", id);
        } catch (RuntimeException e) {
            LOG.warnf("Demo shopper could not place an order: %s", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
