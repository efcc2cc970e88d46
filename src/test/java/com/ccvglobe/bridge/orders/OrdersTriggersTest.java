package com.ccvglobe.bridge.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvWebhookRegistration;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.state.SyncCursors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * How orders reach the flow and how it stays exactly-once: poll, webhook and poll at once, the operator trigger, a
 * crash after Globe took the header, a Globe 500 burst, two orders of one new customer at once, default-debtor mode and
 * the status write-back from Globe's delivery and invoice history.
 */
@QuarkusTest
class OrdersTriggersTest {

    private static final Path USER_MAPPING = Path.of("target/test-classes/mapping/test-user-mapping.yaml");

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ActivityLog activity;

    @Inject
    IdempotencyKeys keys;

    @Inject
    SyncCursors cursors;

    @Inject
    ParkedMessages parked;

    @Inject
    RecordLinks links;

    @Inject
    GlobeDocumentWriter writer;

    @Inject
    MappingRegistry mappings;

    @Inject
    CcvWebhookRegistration webhooks;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    @AfterEach
    void calm() throws Exception {
        sandbox.globeAdmin("DELETE", "faults", null);
    }

    @Test
    void thePollBooksPaidOrdersOnceAndLeavesUnpaidAndParkedOnes() {
        CcvOrder paid = sandbox.person("NL").row("ART-0002", 1).place();
        CcvOrder unpaid = sandbox.person("NL").row("ART-0002", 1).paidWith("BankTransfer").place();
        CcvOrder broken = sandbox.person("NL").freeRow("NOPE-77", "5.00", 21).place();
        assertThat(unpaid.paid()).isFalse();

        producer.sendBody("direct:orders-poll-once", null);
        assertThat(cursors.current(OrdersPoll.CURSOR_NAME)).as("cursor advanced after the batch").isPresent();
        producer.sendBody("direct:orders-poll-once", null);

        assertThat(parked.byKey("orders", String.valueOf(broken.id()))).as("a parked order waits for replay, not the poll")
                .hasValueSatisfying(p -> assertThat(p.attempts()).isEqualTo(1));

        assertThat(sandbox.salesOrders(paid.ordernumberFull())).hasSize(1);
        assertThat(sandbox.salesOrders(unpaid.ordernumberFull())).isEmpty();
        assertThat(keys.contains("orders", String.valueOf(unpaid.id()))).isFalse();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, String.valueOf(paid.id()), null, null, 5)).hasSize(1);
        assertThat(activity.find("orders", null, String.valueOf(paid.id()), null, null, 5))
                .as("the second poll leaves a booked order alone").hasSize(1);
    }

    @Test
    void theSameOrderByWebhookAndPollAtOnceGivesOneDocument() throws Exception {
        CcvShopSimulator ccv = sandbox.ccvSim();
        webhooks.register("http://localhost:" + RestAssured.port);
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).place();
        CompletableFuture<Void> poll = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-poll-once", null));
        CompletableFuture<Void> direct = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-sync-order",
                String.valueOf(order.id())));
        CompletableFuture.allOf(poll, direct).get();

        // the webhook is answered as soon as the id is queued; the flow books the order behind it
        await().atMost(Duration.ofSeconds(15)).until(() -> ccv.webhookDeliveries().stream()
                .anyMatch(d -> d.resourceId() == order.id() && d.event().equals("orders.created") && d.status() == 200));
        assertThat(activity.find("orders", null, String.valueOf(order.id()), null, null, 10)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, String.valueOf(order.id()), null, null, 10)).hasSize(1);
        sandbox.noWebhooks();
    }

    @Test
    void aCrashAfterGlobeTookTheHeaderGivesNoSecondDocument() {
        CcvOrder order = sandbox.person("NL").row("ART-0006", 1).place();
        // the earlier attempt: Globe created the order, then the bridge died before it recorded the outcome
        String number = writer.write(GlobeDocumentType.SALES_ORDER,
                List.of(Map.of("Itemcode", "ART-0006", "Quantity", 1, "VATCode", "2")),
                Map.of("OrderDebtor", "1000", "YourReference", order.ordernumberFull())).number();
        assertThat(keys.contains("orders", String.valueOf(order.id()))).isFalse();
        // ... having recorded its attempt before it wrote to Globe (OrderAttempts): this attempt asks Globe first
        keys.add(OrderAttempts.FLOW, String.valueOf(order.id()));

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(links.byCcvId("order", String.valueOf(order.id()))).hasValueSatisfying(
                l -> assertThat(l.globeKey()).isEqualTo(number));
        assertThat(activity.find("orders", null, String.valueOf(order.id()), null, null, 5).get(0)).satisfies(e -> {
            assertThat(e.status()).isEqualTo(ActivityStatus.SKIPPED);
            assertThat(e.targetRef()).isEqualTo(number);
        });
    }

    @Test
    void aGlobe500BurstIsRetriedAndTheOrderLandsOnce() throws Exception {
        CcvOrder order = sandbox.person("BE").row("ART-0008", 1).place();
        sandbox.globeAdmin("POST", "faults", "{\"failNext\": 3, \"status\": 500}");

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, String.valueOf(order.id()), null, null, 5))
                .singleElement().satisfies(e -> assertThat(e.attempts()).isGreaterThan(1));
    }

    @Test
    void twoOrdersOfOneNewCustomerAtOnceMakeOneDebtor() throws Exception {
        SandboxOrders.OrderSpec first = sandbox.person("NL").row("ART-0002", 1);
        CcvOrder a = first.place();
        CcvOrder b = sandbox.person("NL").email(first.email).row("ART-0005", 1).place();

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-sync-order",
                String.valueOf(a.id())));
        CompletableFuture<Void> two = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-sync-order",
                String.valueOf(b.id())));
        CompletableFuture.allOf(one, two).get();

        List<GlobeRecord> debtors = sandbox.accounts(first.email);
        assertThat(debtors).hasSize(1);
        assertThat(sandbox.salesOrders(a.ordernumberFull())).singleElement()
                .satisfies(h -> assertThat(h.text("OrderDebtor")).isEqualTo(debtors.get(0).text("DebtorNumber")));
        assertThat(sandbox.salesOrders(b.ordernumberFull())).singleElement()
                .satisfies(h -> assertThat(h.text("OrderDebtor")).isEqualTo(debtors.get(0).text("DebtorNumber")));
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }

    @Test
    void theOperatorTriggerBooksAnOrderAndAnswersTheOutcome() {
        CcvOrder order = sandbox.person("NL").row("ART-0009", 1).place();

        given().when().post("/api/orders/" + order.id() + "/sync").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test").when()
                .post("/api/orders/" + order.id() + "/sync").then().statusCode(403);
        String number = operator().when().post("/api/orders/" + order.id() + "/sync").then().statusCode(200)
                .extract().path("globeNumber");
        operator().when().post("/api/orders/" + order.id() + "/sync").then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("skipped"))
                .body("globeNumber", org.hamcrest.Matchers.equalTo(number));
        CcvOrder bad = sandbox.person("NL").freeRow("NOPE-9", "1.00", 21).place();
        operator().when().post("/api/orders/" + bad.id() + "/sync").then().statusCode(422)
                .body("outcome", org.hamcrest.Matchers.equalTo("parked"))
                .body("reason", org.hamcrest.Matchers.containsString("NOPE-9"));
        assertThat(sandbox.salesOrders(order.ordernumberFull())).singleElement()
                .satisfies(h -> assertThat(h.text("SalesOrderNumber")).isEqualTo(number));
    }

    @Test
    void defaultDebtorModeBooksOnTheCollectiveDebtorWithTheShoppersAddresses() throws Exception {
        String original = Files.readString(USER_MAPPING);
        try {
            Files.writeString(USER_MAPPING, original + "\ndefault-debtor:\n  use-for: all\n");
            assertThat(mappings.reload()).isTrue();
            CcvOrder order = sandbox.person("BE").row("ART-0002", 1).place();

            producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

            GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
            assertThat(header.text("OrderDebtor")).isEqualTo("1000");
            assertThat(header.text("InvoiceDebtorName")).isEqualTo("Sanne de Boer");
            assertThat(header.text("InvoiceDebtorCity")).isEqualTo("Antwerpen");
            assertThat(header.text("DeliveryDebtorAddress1")).isEqualTo("Meir 78");
            assertThat(sandbox.accounts(order.customer().email())).as("no debtor of its own").isEmpty();
        } finally {
            Files.writeString(USER_MAPPING, original);
            mappings.reload();
        }
    }

    @Test
    void deliveriesAndInvoicesInGlobeSetTheCcvStatusOncePerTransition() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0012", 1).place();
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        String number = links.byCcvId("order", String.valueOf(order.id())).orElseThrow().globeKey();
        CcvShopSimulator ccv = sandbox.ccvSim();

        String deliveryNote = sandbox.globeAdmin("POST", "orders/" + number + "/deliver", null).path("deliveryNoteNumber").asText();
        producer.sendBody("direct:order-status-once", null);
        assertThat(ccv.data().get("orders", order.id()).path("status").asInt()).isEqualTo(5);
        assertThat(ccv.data().get("orders", order.id()).path("track_and_trace_code").asText()).isEqualTo(deliveryNote);

        producer.sendBody("direct:order-status-once", null);
        sandbox.globeAdmin("POST", "orders/" + number + "/invoice", null);
        producer.sendBody("direct:order-status-once", null);
        producer.sendBody("direct:order-status-once", null);

        assertThat(ccv.data().get("orders", order.id()).path("status").asInt()).isEqualTo(6);
        List<String> patches = new ArrayList<>();
        ccv.calls().calls().stream().filter(c -> c.method().equals("PATCH") && c.uri().endsWith("/orders/" + order.id()))
                .forEach(c -> patches.add(c.uri()));
        assertThat(patches).as("note after booking, delivered, completed: one PATCH each").hasSize(3);
        Map<String, Object> sent = new LinkedHashMap<>();
        activity.find("order-status", null, String.valueOf(order.id()), null, null, 10).forEach(e -> sent.put(e.summary(), e));
        assertThat(sent).hasSize(2);
    }
}
