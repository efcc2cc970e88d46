package com.ccvglobe.bridge.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * BRIDGE_ORDERS_SINCE sets where the first orders poll starts: an order from before the look-back but after that date is
 * booked, one from before the date is not. (The flow starts paused so that the orders exist before the first poll.)
 */
@QuarkusTest
@TestProfile(OrdersSinceTest.Since.class)
class OrdersSinceTest {

    static final LocalDate SINCE = LocalDate.now(ZoneId.systemDefault()).minusDays(30);

    /** Its own empty state store, orders since 30 days ago, flows paused at start, the orders poll on and quick. */
    public static class Since implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:golive-since;DB_CLOSE_DELAY=-1",
                    "bridge.start-paused", "true", "bridge.orders.enabled", "true", "bridge.orders.poll-interval", "1s",
                    "bridge.orders.since", SINCE.toString());
        }
    }

    @Inject
    SandboxOrders sandbox;

    @Test
    void theFirstPollStartsAtTheConfiguredDate() {
        sandbox.freshRateWindow();
        CcvOrder inWindow = placedDaysAgo(20);
        CcvOrder beforeSince = placedDaysAgo(40);

        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .post("/api/go-live/flows/orders/start?despite-checklist=true").then().statusCode(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> !sandbox.salesOrders(inWindow.ordernumberFull()).isEmpty());
        assertThat(sandbox.salesOrders(beforeSince.ordernumberFull())).isEmpty();
        JsonPath report = given().auth().preemptive().basic("viewer", "viewer").get("/api/go-live").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getBoolean("ordersFirstPoll.fromSince")).isTrue();
        assertThat(Instant.parse(report.getString("ordersFirstPoll.windowStart")))
                .isEqualTo(SINCE.atStartOfDay(ZoneId.systemDefault()).toInstant());
        assertThat(report.getString("ordersFirstPoll.leftOut")).isNull();
    }

    private CcvOrder placedDaysAgo(int days) {
        CcvOrder order = sandbox.person("NL").row("ART-0006", 1).place();
        ObjectNode stored = sandbox.ccvSim().data().get("orders", order.id());
        stored.put("create_date", Instant.now().minus(Duration.ofDays(days)).toString());
        sandbox.ccvSim().data().put("orders", stored);
        return order;
    }
}
