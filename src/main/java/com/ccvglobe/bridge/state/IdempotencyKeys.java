package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Idempotency keys (claims), unique per flow and key. A claim names the bridge instance working on it until the
 * message is done ({@link #complete}); a second add of the same key answers false, never throws — unless the owner has
 * stopped (no heartbeat within {@code bridge.cluster.instance-timeout}): then the claim is taken over, so a killed
 * instance does not leave its messages claimed for ever. Only an instance whose own heartbeat has run for a whole
 * timeout judges others dead ({@link BridgeInstances#mayTakeOver}): after a state-store outage, or right after start. The flows check the target system before writing (the Globe
 * reference check), which covers work the stopped instance had done before it died.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);
    /** The row's owner is a live instance (a heartbeat after the given instant). */
    private static final String OWNER_ALIVE = "EXISTS (SELECT 1 FROM bridge_instance i WHERE i.instance_id = idempotency_key.owner"
            + " AND i.heartbeat_at > ?)";

    private final Jdbc jdbc;
    private final BridgeInstances instances;

    public IdempotencyKeys(DataSource dataSource, BridgeInstances instances) {
        this.jdbc = new Jdbc(dataSource);
        this.instances = instances;
    }

    /** Claims the key; true when this caller is the first, or took the claim over from a stopped instance. */
    public boolean add(String flow, String key) {
        String me = instances.id();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (jdbc.insertUnique("INSERT INTO idempotency_key (flow, message_key, created_at, owner) VALUES (?, ?, ?, ?)",
                flow, key, Jdbc.ts(now), me)) {
            return true;
        }
        if (!instances.mayTakeOver()) {
            return false;
        }
        int taken = jdbc.update("UPDATE idempotency_key SET owner = ?, created_at = ? WHERE flow = ? AND message_key = ?"
                + " AND owner IS NOT NULL AND owner <> ? AND NOT " + OWNER_ALIVE,
                me, Jdbc.ts(now), flow, key, me, Jdbc.ts(instances.liveSince()));
        if (taken == 1) {
            LOG.warnf("Took over a %s claim left by a stopped bridge instance; the message is processed again from the start", flow);
        }
        return taken == 1;
    }

    /** True when the key is done, or claimed by an instance that is alive (this one included). */
    public boolean contains(String flow, String key) {
        if (!instances.mayTakeOver()) {
            return jdbc.queryOne("SELECT 1 FROM idempotency_key WHERE flow = ? AND message_key = ?", rs -> 1, flow, key).isPresent();
        }
        return jdbc.queryOne("SELECT 1 FROM idempotency_key WHERE flow = ? AND message_key = ? AND (owner IS NULL OR owner = ? OR "
                + OWNER_ALIVE + ")", rs -> 1, flow, key, instances.id(), Jdbc.ts(instances.liveSince())).isPresent();
    }

    /** The claim on the key as stored: its owner and when it was taken (or taken over). */
    public Optional<Claim> holder(String flow, String key) {
        return jdbc.queryOne("SELECT owner, created_at FROM idempotency_key WHERE flow = ? AND message_key = ?",
                rs -> new Claim(rs.getString("owner"), Jdbc.instant(rs, "created_at")), flow, key);
    }

    /**
     * Releases the key only while this instance still owns it: a claim another instance took over (this one was
     * judged stopped) stays with its new owner. True when released.
     */
    public boolean release(String flow, String key) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ? AND message_key = ? AND owner = ?", flow, key,
                instances.id()) == 1;
    }

    /** Marks the claim done: it is kept (the key is never processed again) and no longer owned by anyone. */
    public void complete(String flow, String key) {
        jdbc.update("UPDATE idempotency_key SET owner = NULL WHERE flow = ? AND message_key = ? AND owner IS NOT NULL", flow, key);
    }

    /** Releases the key so that the message can be processed again. */
    public boolean remove(String flow, String key) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ? AND message_key = ?", flow, key) == 1;
    }

    /** The keys of a flow LIKE {@code pattern} (e.g. {@code %@%}). */
    public java.util.List<String> keysLike(String flow, String pattern) {
        return jdbc.query("SELECT message_key FROM idempotency_key WHERE flow = ? AND message_key LIKE ?", rs -> rs.getString(1),
                flow, pattern);
    }

    /** Removes the keys of a flow claimed before {@code cutoff}; returns how many. */
    public int deleteOlderThan(String flow, Instant cutoff) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ? AND created_at < ?", flow, cutoff);
    }

    public int clear(String flow) {
        return jdbc.update("DELETE FROM idempotency_key WHERE flow = ?", flow);
    }
}
