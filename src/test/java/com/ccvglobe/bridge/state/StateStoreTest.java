package com.ccvglobe.bridge.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The state store on whichever database the datasource points at: H2 by default, PostgreSQL when
 * {@code QUARKUS_DATASOURCE_DB_KIND=postgresql} and {@code QUARKUS_DATASOURCE_JDBC_URL} say so (.ci/run does).
 */
@QuarkusTest
class StateStoreTest {

    @Inject
    IdempotencyKeys idempotency;
    @Inject
    @Named("ordersIdempotentRepository")
    FlowIdempotentRepository ordersIdempotentRepository;
    @Inject
    SyncCursors cursors;
    @Inject
    LastSentValues lastSent;
    @Inject
    RecordLinks links;
    @Inject
    ParkedMessages parked;
    @Inject
    ActivityLog activity;
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    @Test
    void twoThreadsAddingTheSameKeyExactlyOneWinsWithoutException() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                String key = "order-" + UUID.randomUUID();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return ordersIdempotentRepository.add(key);
                    }));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> result : results) {
                    winners += result.get() ? 1 : 0; // get() rethrows any exception: none allowed
                }
                assertThat(winners).as("round %d on %s", round, dbKind).isEqualTo(1);
                assertThat(ordersIdempotentRepository.contains(key)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysAreScopedPerFlowAndRemovableForRetry() {
        String key = "k-" + UUID.randomUUID();
        assertThat(idempotency.add("orders", key)).isTrue();
        assertThat(idempotency.add("customers", key)).as("same key, other flow").isTrue();
        assertThat(idempotency.add("orders", key)).isFalse();
        assertThat(ordersIdempotentRepository.remove(key)).isTrue();
        assertThat(idempotency.contains("orders", key)).isFalse();
        assertThat(idempotency.contains("customers", key)).isTrue();
        assertThat(idempotency.add("orders", key)).as("retry after removal").isTrue();
    }

    @Test
    void cursorAdvancesOnlyWhenTheWriteIsConfirmed() {
        String name = "orders.min-create-date." + UUID.randomUUID();
        cursors.propose(name, "2026-11-01T00:00:00Z").confirmWritten();

        SyncCursors.PendingCursor pending = cursors.propose(name, "2026-11-29T10:00:00Z");
        assertThat(cursors.current(name)).as("proposed, write not yet confirmed").contains("2026-11-01T00:00:00Z");

        pending.confirmWritten();
        assertThat(cursors.current(name)).contains("2026-11-29T10:00:00Z");
        assertThat(cursors.current("never-set-" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void lastSentValuesAndLinksRoundTrip() {
        String sku = "SKU-" + UUID.randomUUID();
        assertThat(lastSent.get("stock", sku)).isEmpty();
        lastSent.recordSent("stock", sku, "12");
        lastSent.recordSent("stock", sku, "7");
        assertThat(lastSent.get("stock", sku)).contains("7");
        assertThat(lastSent.all("stock")).containsEntry(sku, "7");

        String ccvId = "ccv-" + UUID.randomUUID();
        links.link("order", ccvId, "00012345", "{0B1C}");
        links.link("order", ccvId, "00012346", null);
        RecordLink link = links.byCcvId("order", ccvId).orElseThrow();
        assertThat(link.globeKey()).isEqualTo("00012346");
        assertThat(links.byGlobeKey("order", "00012346")).map(RecordLink::ccvId).contains(ccvId);
    }

    @Test
    void batchLookupsAnswerManyKeysAtOnceAcrossPartitions() {
        String flow = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {
            skus.add("SKU-" + i);
            if (i % 3 == 0) {
                lastSent.recordSent(flow, "SKU-" + i, String.valueOf(i));
                links.link(flow, "ccv-" + i, "SKU-" + i, null);
            }
        }
        lastSent.recordSent("other-" + flow, "SKU-1", "not this flow");

        java.util.Map<String, String> sent = lastSent.get(flow, skus);
        java.util.Map<String, RecordLink> linked = links.byGlobeKeys(flow, skus);

        assertThat(sent).hasSize(401).containsEntry("SKU-0", "0").containsEntry("SKU-1200", "1200").doesNotContainKey("SKU-1");
        assertThat(linked).hasSize(401);
        assertThat(linked.get("SKU-999").ccvId()).isEqualTo("ccv-999");
    }

    @Test
    void parkedMessagesRoundTripAndAddUpAttempts() {
        String key = "p-" + UUID.randomUUID();
        Instant first = Instant.parse("2026-11-28T08:00:00Z");
        parked.park(new ParkedMessage(null, "orders", key, "direct://orders-process-order", "{\"id\":\"" + key + "\"}",
                "unknown SKU ABC-1", "order " + key, "rows[0].product_number", 1, first, first));
        Instant second = Instant.parse("2026-11-28T09:30:00Z");
        parked.park(new ParkedMessage(null, "orders", key, "direct://orders-process-order", "{\"id\":\"" + key + "\"}",
                "unknown SKU ABC-2", "order " + key, "rows[1].product_number", 2, second, second));

        ParkedMessage message = parked.byKey("orders", key).orElseThrow();
        assertThat(message.id()).isNotNull();
        assertThat(message.payload()).isEqualTo("{\"id\":\"" + key + "\"}");
        assertThat(message.reason()).isEqualTo("unknown SKU ABC-2");
        assertThat(message.errorField()).isEqualTo("rows[1].product_number");
        assertThat(message.attempts()).isEqualTo(3);
        assertThat(message.firstFailureAt()).isEqualTo(first);
        assertThat(message.lastFailureAt()).isEqualTo(second);
        assertThat(parked.byId(message.id())).contains(message);
        assertThat(parked.list("orders")).contains(message);

        assertThat(parked.remove(message.id())).isTrue();
        assertThat(parked.isParked("orders", key)).isFalse();
    }

    @Test
    void retentionDeletesOnlyRowsOlderThanTheLimit() {
        String flow = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(31));
        Instant recent = now.minus(Duration.ofDays(29));
        activity.append(new ActivityEntry(null, flow, "old", ActivityStatus.COMMITTED, 1, old, old, null, null, null, null, null));
        activity.append(new ActivityEntry(null, flow, "recent", ActivityStatus.COMMITTED, 1, recent, recent, null, null, null, null, null));
        parked.park(new ParkedMessage(null, flow, "old", "direct://x", "1", "r", null, null, 1, old, old));
        parked.park(new ParkedMessage(null, flow, "recent", "direct://x", "2", "r", null, null, 1, recent, recent));

        int removed = activity.deleteOlderThan(now.minus(Duration.ofDays(30)));
        int removedParked = parked.deleteOlderThan(now.minus(Duration.ofDays(30)));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(removedParked).isGreaterThanOrEqualTo(1);
        assertThat(activity.find(flow, null, null, null, null, 10)).extracting(ActivityEntry::key).containsExactly("recent");
        assertThat(parked.list(flow)).extracting(ParkedMessage::key).containsExactly("recent");
    }

    @Test
    void activityFindsByKeyStatusAndTimeRange() {
        String flow = "find-" + UUID.randomUUID().toString().substring(0, 8);
        Instant t = Instant.parse("2026-11-20T12:00:00Z");
        activity.append(new ActivityEntry(null, flow, "1001", ActivityStatus.COMMITTED, 1, t, t.plusMillis(250), "00001234",
                null, null, null, "order 1001 by j***@e***.nl"));
        activity.append(new ActivityEntry(null, flow, "1002", ActivityStatus.PARKED, 5, t, t.plusSeconds(60), null,
                "order 1002", "customer.email", "missing e-mail", null));

        assertThat(activity.find(flow, null, "00001234", null, null, 10)).extracting(ActivityEntry::key).containsExactly("1001");
        assertThat(activity.find(flow, ActivityStatus.PARKED, null, null, null, 10)).singleElement()
                .satisfies(e -> assertThat(e.errorField()).isEqualTo("customer.email"));
        assertThat(activity.find(flow, null, null, t.plusSeconds(1), t.plusSeconds(120), 10)).extracting(ActivityEntry::key)
                .containsExactly("1002");
        assertThat(activity.find(flow, null, "1001", null, null, 10).get(0).durationMs()).isEqualTo(250);
    }
}
