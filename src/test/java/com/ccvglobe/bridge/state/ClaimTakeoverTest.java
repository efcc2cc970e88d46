package com.ccvglobe.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Claims of a stopped bridge instance: another instance takes them over once the owner's heartbeat is older than
 * {@code bridge.cluster.instance-timeout}, never while the owner beats, and never a claim that is done. Runs on H2 and,
 * in .ci/run, on PostgreSQL.
 */
@QuarkusTest
class ClaimTakeoverTest {

    @Inject
    IdempotencyKeys keys;
    @Inject
    BridgeInstances instances;
    @Inject
    @Named("ordersIdempotentRepository")
    FlowIdempotentRepository orders;
    @Inject
    DataSource dataSource;

    @Test
    void aClaimOfAnInstanceWithoutHeartbeatIsTakenOverOnce() throws Exception {
        awaitOwnHeartbeats();
        String dead = instance(Instant.now().minus(Duration.ofMinutes(10)));
        String key = "order-" + UUID.randomUUID();
        claim(key, dead);

        assertThat(keys.contains("orders", key)).as("a stopped instance's claim does not count").isFalse();
        assertThat(keys.add("orders", key)).as("taken over").isTrue();
        assertThat(keys.contains("orders", key)).isTrue();
        assertThat(keys.add("orders", key)).as("now held by this live instance").isFalse();
        assertThat(owner(key)).isEqualTo(instances.id());
    }

    @Test
    void aClaimOfALiveInstanceIsLeftAlone() throws Exception {
        String alive = instance(Instant.now());
        String key = "order-" + UUID.randomUUID();
        claim(key, alive);

        assertThat(keys.contains("orders", key)).isTrue();
        assertThat(keys.add("orders", key)).isFalse();
        assertThat(owner(key)).isEqualTo(alive);
    }

    @Test
    void aCompletedClaimIsNeverTakenOver() throws Exception {
        String key = "order-" + UUID.randomUUID();
        assertThat(orders.add(key)).isTrue();
        assertThat(orders.confirm(key)).isTrue();
        assertThat(owner(key)).as("done: owned by no one").isNull();

        assertThat(keys.contains("orders", key)).isTrue();
        assertThat(keys.add("orders", key)).isFalse();
    }

    @Test
    void twoInstancesTakingOverTheSameClaimOneWins() throws Exception {
        awaitOwnHeartbeats();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String key = "order-" + UUID.randomUUID();
                claim(key, instance(Instant.now().minus(Duration.ofHours(1))));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return keys.add("orders", key);
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thisInstanceBeatsInTheStateStore() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT heartbeat_at FROM bridge_instance WHERE instance_id = ?")) {
            ps.setString(1, instances.id());
            var rs = ps.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).isAfter(instances.liveSince());
        }
    }

    /** This instance judges others only after its own heartbeat ran a whole timeout (3 s in tests). */
    private void awaitOwnHeartbeats() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(instances::mayTakeOver);
    }

    private String instance(Instant heartbeat) throws SQLException {
        String id = "other-" + UUID.randomUUID().toString().substring(0, 8);
        update("INSERT INTO bridge_instance (instance_id, host, started_at, heartbeat_at) VALUES (?, 'elsewhere', ?, ?)", id,
                heartbeat.atOffset(ZoneOffset.UTC), heartbeat.atOffset(ZoneOffset.UTC));
        return id;
    }

    private void claim(String key, String owner) throws SQLException {
        update("INSERT INTO idempotency_key (flow, message_key, created_at, owner) VALUES ('orders', ?, ?, ?)", key,
                Instant.now().atOffset(ZoneOffset.UTC), owner);
    }

    private String owner(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT owner FROM idempotency_key WHERE flow = 'orders' AND message_key = ?")) {
            ps.setString(1, key);
            var rs = ps.executeQuery();
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
