package com.ccvglobe.bridge.customers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.sandbox.SandboxSystems;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.Mask;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A shopper's privacy in the state store, through the real flows against the sandbox: a registered customer with a
 * Unicode e-mail address is synced and orders; no column of any state table then holds the address (links and claims
 * keep its keyed hash). An operator erases the shopper through {@code DELETE /api/privacy/{email}}: links, activity,
 * parked messages, claims and fingerprints go, one activity row says so, and the booked order is still not booked twice.
 */
@QuarkusTest
class ShopperPrivacyTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final Path LOG = Path.of("target/quarkus.log");

    @Inject
    SandboxCustomers sandbox;
    @Inject
    SandboxSystems systems;
    @Inject
    ProducerTemplate producer;
    @Inject
    DataSource dataSource;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;
    @Inject
    RecordLinks links;
    @Inject
    LastSentValues sent;
    @Inject
    ShopperKeys keys;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
    }

    private static String unicodeEmail() {
        return "zoë.o'brien." + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000 + "@exämple.de";
    }

    private ActivityEntry syncCustomer(ObjectNode user) {
        String id = user.path("id").asText();
        producer.sendBody("direct:customers-sync-customer", id);
        return activity.find("customers", null, id, null, null, 1).get(0);
    }

    private ActivityEntry syncOrder(CcvOrder order) {
        String id = String.valueOf(order.id());
        producer.sendBody("direct:orders-sync-order", id);
        return activity.find("orders", null, id, null, null, 1).get(0);
    }

    @Test
    void afterACustomerAndAnOrderSyncNoStateTableHoldsThePlainEmailAddress() throws Exception {
        String email = unicodeEmail();
        ObjectNode user = sandbox.user(email, "NL", null, 0);
        assertThat(syncCustomer(user).status()).isEqualTo(ActivityStatus.COMMITTED);
        CcvOrder order = sandbox.order(email);
        ActivityEntry booked = syncOrder(order);
        assertThat(booked.status()).isEqualTo(ActivityStatus.COMMITTED);
        String debtor = sandbox.accounts(email).get(0).text("DebtorNumber").trim();

        assertThat(StateTables.columnsContaining(dataSource, "user:" + user.path("id").asText()))
                .as("the search sees the links").contains("record_link.ccv_id");
        assertThat(links.byCcvId("debtor", keys.email(email))).as("the order found the debtor by the e-mail's key")
                .hasValueSatisfying(l -> assertThat(l.globeKey()).isEqualTo(debtor));
        assertThat(StateTables.columnsContaining(dataSource, email)).as("columns holding %s", email).isEmpty();
        assertThat(StateTables.columnsContaining(dataSource, email.substring(0, email.indexOf('@')))).as("the local part")
                .isEmpty();
    }

    @Test
    void anOperatorErasesOneShoppersTracesAndTheBookedOrderStaysBookedOnce() throws Exception {
        String email = unicodeEmail();
        ObjectNode user = sandbox.user(email, "NL", null, 0);
        String userId = user.path("id").asText();
        assertThat(syncCustomer(user).status()).isEqualTo(ActivityStatus.COMMITTED);
        CcvOrder booked = sandbox.order(email);
        assertThat(syncOrder(booked).status()).isEqualTo(ActivityStatus.COMMITTED);
        CcvOrder failing = sandbox.order(email);
        systems.globeAdmin("POST", "faults", "{\"failNext\": 50, \"status\": 500}");
        try {
            producer.sendBody("direct:orders-sync-order", String.valueOf(failing.id()));
        } finally {
            systems.globeAdmin("DELETE", "faults", null);
        }
        assertThat(parked.byKey("orders", String.valueOf(failing.id()))).as("parked").isPresent();
        CcvOrder other = sandbox.order(SandboxCustomers.newEmail("someone.else"));
        assertThat(syncOrder(other).status()).isEqualTo(ActivityStatus.COMMITTED);
        String key = keys.email(email);
        assertThat(StateTables.columnsContaining(dataSource, key)).as("the shopper's traces").isNotEmpty();
        String path = "/api/privacy/" + email;

        given().when().delete(path).then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test").when().delete(path).then()
                .statusCode(403);
        given().auth().preemptive().basic("admin", "admin").when().delete(path).then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test").when().delete("/api/privacy/nobody")
                .then().statusCode(400);
        assertThat(links.byCcvId("debtor", key)).as("refused requests erased nothing").isPresent();

        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test").when().delete(path).then()
                .statusCode(200).body("shopper", equalTo(Mask.email(email)))
                .body("removed.record_link", equalTo(5)) // e-mail key, CCV user, and the user's and two orders' shopper links
                .body("removed.activity", greaterThanOrEqualTo(3)).body("removed.parked_message", equalTo(1))
                .body("removed.idempotency_key", equalTo(1)).body("removed.last_sent", equalTo(1));

        assertThat(StateTables.columnsContaining(dataSource, key)).as("nothing holds the e-mail key").isEmpty();
        assertThat(links.byCcvId("debtor", CustomerSync.userKey(Long.parseLong(userId)))).isEmpty();
        for (CcvOrder order : java.util.List.of(booked, failing)) {
            assertThat(activity.find(null, null, String.valueOf(order.id()), null, null, 10)).as("activity of order %d", order.id())
                    .isEmpty();
        }
        assertThat(activity.find("customers", null, userId, null, null, 10)).isEmpty();
        assertThat(parked.byKey("orders", String.valueOf(failing.id()))).isEmpty();
        assertThat(sent.get("customers", userId)).isEmpty();
        assertThat(activity.find("orders", null, String.valueOf(other.id()), null, null, 10)).as("another shopper's rows stay")
                .isNotEmpty();
        ActivityEntry erased = activity.find("privacy", null, Mask.email(email), null, null, 10).get(0);
        assertThat(erased.summary()).contains(Mask.email(email), "on request of admin", "record_link 5", "parked_message 1")
                .doesNotContain(email);

        String log = Files.readString(LOG, StandardCharsets.UTF_8); // this test run's application log
        assertThat(log).as("the log says so, masked").contains("erased the traces of shopper " + Mask.email(email))
                .doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')));

        assertThat(links.byCcvId("order", String.valueOf(booked.id()))).as("the order link (ids only) stays").isPresent();
        producer.sendBody("direct:orders-sync-order", String.valueOf(booked.id()));
        assertThat(activity.find("orders", null, String.valueOf(booked.id()), null, null, 1)).singleElement()
                .satisfies(row -> assertThat(row.status()).as("not booked again").isEqualTo(ActivityStatus.SKIPPED));
    }
}
