package com.ccvglobe.bridge.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvWebhookRegistration;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.RecordLinks;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * An Exact Globe outage longer than the retries: the order keeps waiting (retries beyond max-redeliveries while Globe is
 * degraded, up to bridge.retry.outage-wait) instead of being parked, /q/health shows exact-globe degraded while
 * readiness stays up, and after recovery the order lands exactly once. And a booking Globe carried out but answered
 * after the client's timeout is found by its reference on the retry, not booked twice.
 */
@QuarkusTest
@TestProfile(OrdersOutageTest.OutageWait.class)
class OrdersOutageTest extends OrdersAgainstFaultyGlobe {

    /** Short retries, a long outage wait (the default test profile switches the wait off). */
    public static class OutageWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("bridge-outage-test", Map.of("bridge.retry.max-redeliveries", "2",
                    "bridge.retry.outage-wait", "3m", "globe.http.timeout", "4s"));
        }
    }

    @Inject
    MeterRegistry metrics;
    @Inject
    IdempotencyKeys keys;
    @Inject
    com.ccvglobe.bridge.privacy.ShopperKeys shopperKeys;
    @Inject
    CcvWebhookRegistration webhooks;
    @Inject
    RecordLinks links;

    @Test
    void aGlobeOutageLongerThanTheRetriesIsWaitedOutAndTheOrderLandsOnce() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).place();
        String id = String.valueOf(order.id());
        double retriesBefore = retries();
        sandbox.globeAdmin("POST", "faults", "{\"failNext\": 1000000, \"status\": 500}");

        CompletableFuture<Void> sync = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-sync-order", id));
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> retries() - retriesBefore >= 5);
            given().get("/q/health/well").then().statusCode(503)
                    .body("checks.find { it.name == 'exact-globe' }.status", org.hamcrest.Matchers.is("DOWN"))
                    .body("checks.find { it.name == 'exact-globe' }.data.state", org.hamcrest.Matchers.is("degraded"))
                    .body("checks.find { it.name == 'exact-globe' }.data.lastError",
                            org.hamcrest.Matchers.containsString("HTTP 500"));
            given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("flows"));
            assertThat(parked.byKey("orders", id)).as("waiting, not parked").isEmpty();
            assertThat(sync).as("still waiting for Globe").isNotDone();
        } finally {
            sandbox.globeAdmin("DELETE", "faults", null);
        }

        sync.get(60, TimeUnit.SECONDS);
        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isGreaterThan(3));
        assertThat(parked.byKey("orders", id)).isEmpty();
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'exact-globe' }.data.state", org.hamcrest.Matchers.is("up"));
    }

    @Test
    void webhookDeliveriesAreAnsweredAtOnceWhileGlobeIsDownAndTheOrderLandsAfterwards() throws Exception {
        var ccv = sandbox.ccvSim();
        double retriesBefore = retries();
        webhooks.register("http://localhost:" + io.restassured.RestAssured.port);
        sandbox.globeAdmin("POST", "faults", "{\"failNext\": 1000000, \"status\": 500}");
        CcvOrder order;
        try {
            order = sandbox.person("DE").row("ART-0007", 1).place();
            await().atMost(Duration.ofSeconds(15)).until(() -> ccv.webhookDeliveries().stream()
                    .anyMatch(d -> d.resourceId() == order.id() && d.event().equals("orders.created") && d.status() == 200));
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() - retriesBefore > 3);
            assertThat(activity.find("orders", ActivityStatus.COMMITTED, String.valueOf(order.id()), null, null, 5))
                    .as("not booked while Globe is down").isEmpty();
        } finally {
            sandbox.globeAdmin("DELETE", "faults", null);
            sandbox.noWebhooks();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> sandbox.salesOrders(order.ordernumberFull()).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !activity.find("orders", ActivityStatus.COMMITTED,
                String.valueOf(order.id()), null, null, 5).isEmpty());
        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(parked.byKey("orders", String.valueOf(order.id()))).isEmpty();
    }

    @Test
    void aBookingGlobeTookButAnsweredAfterTheTimeoutOnTheLastAttemptIsFoundByItsReferenceNotParkedNorBookedTwice()
            throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0005", 2).place();
        String id = String.valueOf(order.id());
        // Two 500s use up the first two attempts (max-redeliveries 2; not an outage: Globe answers in between). On the
        // last one Globe commits the header at once but answers 6 s later: the client (4 s) gives up on a call that
        // went through. Parking it would leave a booked order in the parked list; booking again would book it twice.
        sandbox.globeAnswersLate("POST SalesOrderHeader", 1, 6000, 2);

        producer.sendBody("direct:orders-sync-order", id);

        var booked = sandbox.salesOrders(order.ordernumberFull());
        assertThat(booked).as("one sales order for the reference").hasSize(1);
        assertThat(sandbox.globeCalls("POST SalesOrderHeader"))
                .as("the header was posted once; the next attempt asked Globe instead").isEqualTo(1);
        assertThat(sandbox.globeCalls("GET SalesOrderHeader")).as("asked by YourReference after the unknown outcome")
                .isGreaterThanOrEqualTo(1);
        String number = booked.get(0).text("SalesOrderNumber");
        assertThat(parked.byKey("orders", id)).as("not parked: the outcome was asked for").isEmpty();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> {
                    assertThat(e.attempts()).as("two 500s, the unanswered booking, the look-up").isEqualTo(4);
                    assertThat(e.targetRef()).isEqualTo(number);
                });
        assertThat(links.byCcvId(OrderAlreadyBooked.LINK, id)).hasValueSatisfying(l -> assertThat(l.globeKey()).isEqualTo(number));
    }

    @Test
    void aBookingGlobeStartsOnlyAfterTheClientGaveUpIsWaitedForNotBookedTwice() throws Exception {
        CcvOrder order = sandbox.person("BE").row("ART-0005", 1).place();
        String id = String.valueOf(order.id());
        // Globe takes the header only 5 s after it arrived; the client gives up after 4 s. A look-up right then finds
        // nothing: booking again at once would make two sales orders when the first call finally runs.
        long started = System.nanoTime();
        sandbox.globeStartsLate("POST SalesOrderHeader", 5000);

        producer.sendBody("direct:orders-sync-order", id);
        // past the late call: a second booking made meanwhile would show now
        Thread.sleep(Math.max(0, 6000 - (System.nanoTime() - started) / 1_000_000));

        assertThat(sandbox.salesOrders(order.ordernumberFull())).as("one sales order for the reference").hasSize(1);
        assertThat(sandbox.globeCalls("POST SalesOrderHeader")).as("posted once, then waited for").isEqualTo(1);
        assertThat(parked.byKey("orders", id)).isEmpty();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).as("asked again until Globe had it").isGreaterThan(2));
    }

    @Test
    void withoutAnOutageATransientFailureIsParkedAfterTheRetries() throws Exception {
        SandboxOrders.OrderSpec spec = sandbox.person("BE").row("ART-0006", 1);
        CcvOrder order = spec.place();
        String id = String.valueOf(order.id());
        // another live attempt (this instance) is creating this shopper's debtor and never finishes: a transient
        // wait of this order alone, while CCV, Globe and the state store all answer
        assertThat(keys.add("debtor-create", shopperKeys.email(spec.email))).isTrue();
        try {
            producer.sendBody("direct:orders-sync-order", id);
        } finally {
            keys.remove("debtor-create", shopperKeys.email(spec.email));
        }
        assertThat(parked.byKey("orders", id)).as("parked after max-redeliveries, no outage wait").isPresent();
        assertThat(sandbox.salesOrders(order.ordernumberFull())).isEmpty();
    }

    private double retries() {
        var counter = metrics.find("bridge.retries").tag("flow", "orders").counter();
        return counter == null ? 0 : counter.count();
    }
}
