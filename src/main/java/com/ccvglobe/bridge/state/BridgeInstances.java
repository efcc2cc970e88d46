package com.ccvglobe.bridge.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * This running bridge instance in the state store: an id of its own (host, process, a random part, so a restart is a
 * new instance) and a heartbeat every third of {@code bridge.cluster.instance-timeout}. Claims name their owner by this
 * id; a claim whose owner has not beaten within the timeout belongs to a stopped or killed instance.
 */
@ApplicationScoped
public class BridgeInstances {

    private static final Logger LOG = Logger.getLogger(BridgeInstances.class);
    /** Rows of instances gone longer than this are removed by the heartbeat. */
    private static final Duration FORGET_AFTER = Duration.ofDays(7);

    private final Jdbc jdbc;
    private final Duration timeout;
    private final String id;
    private final String host;
    private final Clock clock;
    private final Instant started;
    private ScheduledExecutorService timer;
    private volatile boolean beating = true;
    /** Since when this instance's heartbeats have been written without a gap; null while they fail. */
    private volatile Instant beatingSince;
    private long beats;

    @Inject
    public BridgeInstances(DataSource dataSource, BridgeConfig config) {
        this(dataSource, config.cluster().instanceTimeout(), Clock.systemUTC());
    }

    BridgeInstances(DataSource dataSource, Duration timeout, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.timeout = timeout;
        this.clock = clock;
        this.started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String pod = System.getenv("POD_NAME") != null ? System.getenv("POD_NAME") : System.getenv("HOSTNAME");
        String name = pod == null || pod.isBlank() ? "bridge" : pod;
        this.host = name.length() > 200 ? name.substring(0, 200) : name;
        String shortHost = host.length() > 36 ? host.substring(0, 36) : host;
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        this.id = shortHost + "-" + ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(random);
    }

    void onStart(@Observes StartupEvent event) {
        heartbeat();
        long every = Math.max(1000, timeout.toMillis() / 3);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bridge-instance-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
        LOG.infof("Bridge instance %s (claims of instances silent for %s may be taken over)", id, timeout);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** This instance's id, as claims name their owner. */
    public String id() {
        return id;
    }

    /** Heartbeats after this instant are alive. */
    public Instant liveSince() {
        return clock.instant().minus(timeout);
    }

    /**
     * Whether this instance may judge others dead: only after its own heartbeats have been written without a gap for a
     * whole timeout. After a state-store outage every instance's last heartbeat looks old; waiting one timeout lets
     * the living ones beat again before anyone takes their claims over.
     */
    public boolean mayTakeOver() {
        Instant since = beatingSince;
        return since != null && !since.isAfter(liveSince());
    }

    void heartbeat() {
        try {
            Instant now = clock.instant();
            jdbc.upsert("UPDATE bridge_instance SET heartbeat_at = ? WHERE instance_id = ?", Jdbc.params(Jdbc.ts(now), id),
                    "INSERT INTO bridge_instance (instance_id, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?)",
                    Jdbc.params(id, host, Jdbc.ts(started), Jdbc.ts(now)));
            if (beats++ % 1000 == 0) {
                jdbc.update("DELETE FROM bridge_instance WHERE heartbeat_at < ?", Jdbc.ts(now.minus(FORGET_AFTER)));
            }
            if (!beating) {
                LOG.infof("Bridge instance %s: heartbeat written again", id);
            }
            if (beatingSince == null) {
                beatingSince = now;
            }
            beating = true;
        } catch (RuntimeException e) {
            if (beating) {
                LOG.warnf("Bridge instance %s: heartbeat not written (%s); other instances may take over its claims after %s",
                        id, e.getMessage(), timeout);
            }
            beating = false;
            beatingSince = null;
        }
    }
}
