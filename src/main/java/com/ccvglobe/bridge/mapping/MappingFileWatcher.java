package com.ccvglobe.bridge.mapping;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Polls the user's mapping file every {@code bridge.mapping.reload-interval} (default 2 s) and reloads the
 * mapping when the file changed. Does nothing when no user file is configured.
 */
@ApplicationScoped
public class MappingFileWatcher {

    private static final Logger LOG = Logger.getLogger(MappingFileWatcher.class);

    private ScheduledExecutorService poller;

    void start(@Observes StartupEvent event, MappingRegistry registry, MappingConfig config) {
        if (registry.userFile().isEmpty()) {
            return;
        }
        long interval = config.reloadInterval().toMillis();
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mapping-file-watcher");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                registry.reloadIfChanged();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Checking the mapping file %s failed", registry.userFile().get());
            }
        }, interval, interval, TimeUnit.MILLISECONDS);
        LOG.infof("Watching mapping file %s every %d ms", registry.userFile().get(), interval);
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }
}
