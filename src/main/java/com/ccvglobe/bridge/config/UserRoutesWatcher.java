package com.ccvglobe.bridge.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.quarkus.main.events.AfterStart;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Looks at the user's routes folder every {@code bridge.routes.reload-interval} (default 2 s) and applies what
 * changed, so that an edited ConfigMap reaches a running pod without a restart. Polling, not file events: a
 * ConfigMap volume swaps a symbolic link, which file watchers miss. Does nothing when no folder is configured.
 */
@ApplicationScoped
public class UserRoutesWatcher {

    private static final Logger LOG = Logger.getLogger(UserRoutesWatcher.class);

    private ScheduledExecutorService poller;

    void start(@Observes AfterStart event, UserRoutes routes, BridgeConfig config) {
        if (config.routesDir().filter(d -> !d.isBlank()).isEmpty()) {
            return;
        }
        long interval = config.routes().reloadInterval().toMillis();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "user-routes-watcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                routes.reloadIfChanged();
            } catch (RuntimeException e) {
                LOG.errorf("Checking the user routes folder failed: %s", e.getMessage());
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
