package com.ccvglobe.bridge.ccvshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.WebhookKey;
import com.ccvglobe.bridge.state.WebhookKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Webhook intake in the running app against the embedded sandbox shop: the bridge registers its webhooks, the
 * shop delivers them on an order change, a valid delivery reaches the orders flow (direct:orders-sync-order), which
 * re-fetches the order exactly once, and a badly signed one is refused with 401 and summed up in a REJECTED activity row.
 */
@QuarkusTest
class CcvWebhookIntakeTest {

    @Inject
    EmbeddedCcvShop shop;

    @Inject
    CcvWebhookRegistration registration;

    @Inject
    CcvOrders orders;

    @Inject
    ActivityLog activity;

    @Inject
    WebhookKeys keys;

    private CcvShopSimulator sim;

    @BeforeEach
    void registerWebhooks() {
        sim = shop.simulator();
        registration.register("http://localhost:" + RestAssured.port);
    }

    @Test
    void registrationIsIdempotentAndStoresTheKeys() {
        int before = sim.data().all("webhooks").size();
        assertThat(registration.register("http://localhost:" + RestAssured.port)).isZero();
        assertThat(sim.data().all("webhooks")).hasSize(before);
        assertThat(keys.find("orders.updated.status", "http://localhost:" + RestAssured.port
                + "/webhooks/ccv/orders.updated.status")).hasValueSatisfying(k -> {
            assertThat(k.address()).endsWith("/webhooks/ccv/orders.updated.status");
            assertThat(k.signingKey()).isNotBlank();
            assertThat(k.toString()).doesNotContain(k.signingKey());
        });
    }

    @Test
    void replicasRegisteringAtOnceLeaveOneWebhookPerEventWithItsKeyStored() throws Exception {
        String other = "http://127.0.0.1:" + RestAssured.port + "/replicas";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return registration.register(other);
                }));
            }
            start.countDown();
            int created = 0;
            for (var run : runs) {
                created += run.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(created).as("each event registered once, by one of the three").isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        for (String event : java.util.List.of("orders.created", "orders.updated.ispaid", "orders.updated.status")) {
            String address = other + "/webhooks/ccv/" + event;
            var hooks = sim.data().all("webhooks").stream().filter(w -> address.equals(w.path("address").asText())).toList();
            assertThat(hooks).as(event).hasSize(1);
            assertThat(keys.find(event, address)).hasValueSatisfying(k -> {
                assertThat(k.webhookId()).isEqualTo(hooks.get(0).path("id").asLong());
                assertThat(k.signingKey()).isEqualTo(hooks.get(0).path("key").asText());
            });
        }
        registration.register("http://localhost:" + RestAssured.port); // back to this test class's address
    }

    @Test
    void instancesAtTwoAddressesEachVerifyTheirOwnDeliveries() {
        // a second instance reached at another address (two hosts, no shared load balancer) registers its own webhooks
        String second = "http://127.0.0.1:" + RestAssured.port;
        registration.register(second);
        try {
            long id = sim.seedOrders(1, 23, false).get(0);
            orders.updateStatus(id, 2, false);
            await().atMost(Duration.ofSeconds(15)).until(() -> sim.webhookDeliveries().stream()
                    .filter(d -> d.resourceId() == id && d.event().equals("orders.updated.status")).count() >= 2);
            assertThat(sim.webhookDeliveries()).filteredOn(d -> d.resourceId() == id && d.event().equals("orders.updated.status"))
                    .as("one delivery per registered address, both accepted").hasSize(2)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
            assertThat(keys.forEvent("orders.updated.status")).extracting(WebhookKey::address).contains(
                    "http://localhost:" + RestAssured.port + "/webhooks/ccv/orders.updated.status",
                    second + "/webhooks/ccv/orders.updated.status");
        } finally {
            sim.data().all("webhooks").stream().filter(w -> w.path("address").asText().startsWith(second))
                    .forEach(w -> sim.data().delete("webhooks", w.path("id").asLong()));
        }
    }

    @Test
    void aBadOrMissingSignatureIsRefusedAndNothingIsFetched() {
        long id = sim.seedOrders(1, 21, false).get(0);
        sim.calls().clear();
        Instant from = Instant.now().minusSeconds(1);
        given().contentType("application/json").header("x-hash", "0".repeat(128)).body("{\"id\":" + id + ",\"status\":5}")
                .when().post("/webhooks/ccv/orders.updated.status").then().statusCode(401);
        given().contentType("application/json").body("{\"id\":" + id + "}")
                .when().post("/webhooks/ccv/orders.created").then().statusCode(401);

        // refusals are summed up (at most one row per bridge.webhooks.rejection-summary-interval), not a row each
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(activity.find("webhooks", ActivityStatus.REJECTED,
                null, from, null, 10)).allSatisfy(e -> assertThat(e.key()).isEqualTo(CcvWebhookRejections.SUMMARY_KEY))
                .anySatisfy(e -> assertThat(e.errorMessage()).contains("missing x-hash"))
                .anySatisfy(e -> assertThat(e.errorMessage()).contains("x-hash does not match")));
        assertThat(sim.calls().calls()).isEmpty();
        assertThat(activity.find("orders", null, String.valueOf(id), from, null, 10)).as("nothing reached the orders flow")
                .isEmpty();
    }

    @Test
    void aValidDeliveryTriggersExactlyOneRefetchOfTheOrder() {
        long id = sim.seedOrders(1, 22, false).get(0);
        sim.calls().clear();
        orders.updateStatus(id, 2, false);

        await().atMost(Duration.ofSeconds(15)).until(() -> !activity.find("orders", null, String.valueOf(id), null, null, 10)
                .isEmpty());
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).untilAsserted(() ->
                assertThat(sim.calls().calls()).filteredOn(c -> c.method().equals("GET")
                        && c.uri().equals("/api/rest/v1/orders/" + id)).hasSize(1));
        assertThat(activity.find("orders", null, String.valueOf(id), null, null, 10)).as("handled by the orders flow")
                .singleElement().satisfies(e -> assertThat(e.status()).isIn(ActivityStatus.COMMITTED, ActivityStatus.SKIPPED));
        assertThat(sim.webhookDeliveries()).anySatisfy(d -> {
            assertThat(d.event()).isEqualTo("orders.updated.status");
            assertThat(d.resourceId()).isEqualTo(id);
            assertThat(d.status()).isEqualTo(200);
        });
    }
}
