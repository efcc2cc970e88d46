package com.ccvglobe.bridge.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;

import io.quarkus.runtime.Startup;

/**
 * Holds the mapping in force. Loaded and validated at start-up (an invalid mapping stops start-up with file,
 * line and key); {@link #reload()} swaps in a changed user file atomically when it is valid, and otherwise
 * keeps the previous mapping, logs the error, records it in {@link MappingStatus} and fires
 * {@link MappingReloadFailed}.
 */
@Startup
@ApplicationScoped
public class MappingRegistry {

    private static final Logger LOG = Logger.getLogger(MappingRegistry.class);

    private final AtomicReference<Mapping> current = new AtomicReference<>();
    private final Optional<Path> userFile;
    private final MappingStatus status;
    private final Event<MappingReloadFailed> failures;
    private volatile FileStamp loadedStamp;

    @Inject
    public MappingRegistry(BridgeConfig config, MappingStatus status, Event<MappingReloadFailed> failures) {
        this.userFile = config.mappingFile().filter(f -> !f.isBlank()).map(Path::of);
        this.status = status;
        this.failures = failures;
    }

    @PostConstruct
    void loadAtStart() {
        loadedStamp = FileStamp.of(userFile);
        Mapping mapping = MappingLoader.load(userFile);
        current.set(mapping);
        status.loaded(mapping.files(), Instant.now());
        LOG.infof("Mapping loaded from %s", mapping.files());
    }

    /** The mapping in force; take it once per message so one message sees one mapping. */
    public Mapping current() {
        return current.get();
    }

    /** The user's mapping file, when one is configured. */
    public Optional<Path> userFile() {
        return userFile;
    }

    /** Reloads when the user file's time stamp or size changed since the last attempt. */
    public synchronized void reloadIfChanged() {
        FileStamp now = FileStamp.of(userFile);
        if (!now.equals(loadedStamp)) {
            loadedStamp = now;
            reload();
        }
    }

    /**
     * Loads the files again. Valid: the new mapping applies to the next message. Invalid: the previous one stays.
     *
     * @return true when the new mapping was applied
     */
    public synchronized boolean reload() {
        Instant at = Instant.now();
        try {
            Mapping mapping = MappingLoader.load(userFile);
            current.set(mapping);
            status.loaded(mapping.files(), at);
            LOG.infof("Mapping reloaded from %s", mapping.files());
            return true;
        } catch (MappingException e) {
            LOG.errorf("Mapping change rejected, the previous mapping stays in force: %s", e.getMessage());
            status.failed(e.problem(), at);
            failures.fire(new MappingReloadFailed(e.problem(), at));
            return false;
        }
    }

    /** What is watched: modification time and size (a missing file has neither). */
    record FileStamp(long modified, long size) {
        static FileStamp of(Optional<Path> file) {
            try {
                return file.isPresent() && Files.exists(file.get())
                        ? new FileStamp(Files.getLastModifiedTime(file.get()).toMillis(), Files.size(file.get()))
                        : new FileStamp(-1, -1);
            } catch (IOException e) {
                return new FileStamp(-1, -1);
            }
        }
    }
}
