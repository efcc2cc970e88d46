package com.ccvglobe.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims are taken over from a silent instance only by an instance whose own heartbeat has run for a whole timeout:
 * not right after start, and not right after a state-store outage (when every instance's last heartbeat looks old).
 * The bridge's own schema (Flyway) on a real H2 database that the test can switch off.
 */
class InstanceHeartbeatTest {

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    private SwitchableDataSource database;
    private TestClock clock;
    private BridgeInstances me;
    private IdempotencyKeys keys;
    private Jdbc jdbc;

    @BeforeEach
    void freshStore() {
        database = new SwitchableDataSource("heartbeat-" + System.nanoTime());
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        clock = new TestClock();
        me = new BridgeInstances(database, Duration.ofSeconds(30), clock);
        keys = new IdempotencyKeys(database, me);
        jdbc = new Jdbc(database);
    }

    @Test
    void aClaimOfASilentInstanceIsTakenOverOnlyAfterAWholeTimeoutOfOwnHeartbeats() {
        me.heartbeat();
        BridgeInstances dead = new BridgeInstances(database, Duration.ofSeconds(30), clock);
        dead.heartbeat();
        new IdempotencyKeys(database, dead).add("orders", "o-1");
        clock.pass(Duration.ofSeconds(40)); // the other one stopped beating; this one beat all along
        beatFor(Duration.ofSeconds(0));

        assertThat(me.mayTakeOver()).isTrue();
        assertThat(keys.contains("orders", "o-1")).as("its owner is silent").isFalse();
        assertThat(keys.add("orders", "o-1")).as("taken over").isTrue();
    }

    @Test
    void rightAfterStartNothingIsTakenOver() {
        BridgeInstances dead = new BridgeInstances(database, Duration.ofSeconds(30), clock);
        dead.heartbeat();
        new IdempotencyKeys(database, dead).add("orders", "o-2");
        clock.pass(Duration.ofMinutes(5));
        me.heartbeat(); // this instance just started

        assertThat(me.mayTakeOver()).isFalse();
        assertThat(keys.contains("orders", "o-2")).as("treated as held until this instance may judge").isTrue();
        assertThat(keys.add("orders", "o-2")).isFalse();
        beatFor(Duration.ofSeconds(30));
        assertThat(keys.add("orders", "o-2")).isTrue();
    }

    @Test
    void afterAStateStoreOutageTheLivingBeatAgainBeforeAnyoneTakesOver() {
        BridgeInstances other = new BridgeInstances(database, Duration.ofSeconds(30), clock);
        me.heartbeat();
        other.heartbeat();
        beatFor(Duration.ofSeconds(60), other);
        new IdempotencyKeys(database, other).add("orders", "o-3"); // the other instance is working on it

        database.down.set(true); // 45 s outage: nobody can write a heartbeat
        clock.pass(Duration.ofSeconds(45));
        me.heartbeat();
        other.heartbeat();
        assertThat(me.mayTakeOver()).isFalse();
        database.down.set(false);

        me.heartbeat(); // the store is back: this instance is first to beat
        assertThat(me.mayTakeOver()).as("its own heartbeat has a gap").isFalse();
        assertThat(keys.add("orders", "o-3")).as("not taken from a living instance").isFalse();
        clock.pass(Duration.ofSeconds(10));
        other.heartbeat(); // the owner beats again within its period
        beatFor(Duration.ofSeconds(30), other);
        assertThat(me.mayTakeOver()).isTrue();
        assertThat(keys.add("orders", "o-3")).as("its owner is alive").isFalse();
        assertThat(jdbc.queryOne("SELECT owner FROM idempotency_key WHERE message_key = 'o-3'", rs -> rs.getString(1)))
                .contains(other.id());
    }

    /** Heartbeats of this instance (and the others given) every 10 s for the given time. */
    private void beatFor(Duration duration, BridgeInstances... others) {
        for (long s = 0; s <= duration.toSeconds(); s += 10) {
            me.heartbeat();
            for (BridgeInstances o : others) {
                o.heartbeat();
            }
            if (s + 10 <= duration.toSeconds()) {
                clock.pass(Duration.ofSeconds(10));
            }
        }
        me.heartbeat();
    }
}
