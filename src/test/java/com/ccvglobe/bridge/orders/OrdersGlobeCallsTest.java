package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Globe calls per order, read from the Globe simulator's call log: the reference check only when an earlier attempt
 * may have reached Globe, the article check from the item cache (read when an item is missing or blocked in it), and
 * the poll's parallel groups (one customer's orders in turn, the cursor after the whole batch).
 */
@QuarkusTest
class OrdersGlobeCallsTest {

    @Inject
    SandboxOrders sandbox;
    @Inject
    ProducerTemplate producer;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;
    @Inject
    SyncCursors cursors;
    @Inject
    ItemStates items;
    @Inject
    OrdersConfig config;
    @Inject
    com.ccvglobe.bridge.ops.ParkedMessageActions replays;

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
    void aNewCustomersOrderSpendsAtMostThreeGlobeCallsBeyondTheDocumentAndARepeatCustomersAtMostOne() throws Exception {
        // the items are in the cache once an order used them
        sync(sandbox.person("NL").row("ART-0002", 1).row("ART-0007", 2).place());

        SandboxOrders.OrderSpec spec = sandbox.person("NL").row("ART-0002", 2).row("ART-0007", 1);
        CcvOrder first = spec.place();
        List<String> newCustomer = callsOf(first);
        CcvOrder repeat = sandbox.person("NL").email(spec.email).row("ART-0007", 1).place();
        List<String> repeatCustomer = callsOf(repeat);

        assertThat(sandbox.salesOrders(first.ordernumberFull())).hasSize(1);
        assertThat(sandbox.salesOrders(repeat.ordernumberFull())).hasSize(1);
        assertThat(beyondTheDocument(newCustomer)).as("new customer: %s", newCustomer).hasSizeLessThanOrEqualTo(3)
                .noneMatch(c -> c.startsWith("GET SalesOrderHeader")).noneMatch(c -> c.startsWith("GET Item"));
        assertThat(beyondTheDocument(repeatCustomer)).as("repeat customer: %s", repeatCustomer).hasSizeLessThanOrEqualTo(1)
                .noneMatch(c -> c.startsWith("GET SalesOrderHeader")).noneMatch(c -> c.startsWith("GET Item"));
        assertThat(newCustomer).as("the document: lines and header").contains("POST SalesOrderHeader");
    }

    @Test
    void theFirstOrderAfterAStartFindsItsItemsInTheSalesItemsReadAtOnceAndSpendsAtMostThreeCallsBeyond() throws Exception {
        items.forgetAll(); // as after a start: the cache is empty and has no cursor yet
        List<String> calls = callsOf(sandbox.person("NL").row("ART-0009", 1).row("ART-0005", 2).place());

        List<String> itemReads = calls.stream().filter(c -> c.startsWith("GET Item")).toList();
        assertThat(itemReads).as("one read of the sales items (%s), no read of the order's own items", calls)
                .isNotEmpty().allMatch(c -> c.contains("IsSalesItem")).noneMatch(c -> c.contains("ART-0009"));
        assertThat(beyondTheDocument(calls)).as("new customer after a start: %s", calls).hasSizeLessThanOrEqualTo(3)
                .noneMatch(c -> c.startsWith("GET SalesOrderHeader"));

        CcvOrder next = sandbox.person("BE").row("ART-0002", 1).place();
        assertThat(callsOf(next)).as("the next order reads no item").noneMatch(c -> c.startsWith("GET Item"));
    }

    @Test
    void aFirstAttemptSkipsTheReferenceCheckAndAnAttemptAfterOneThatMayHaveReachedGlobeAsks() throws Exception {
        String code = "LATE-" + System.nanoTime() % 1_000_000;
        CcvOrder order = sandbox.person("NL").freeRow(code, "5.00", 21).place();
        // the first attempt: nothing in the state store, so Globe is not asked by YourReference; parked (unknown item)
        assertThat(callsOf(order)).noneMatch(c -> c.startsWith("GET SalesOrderHeader"));
        long parkedId = parked.byKey("orders", String.valueOf(order.id())).orElseThrow().id();

        // the replay: the state store shows an earlier attempt, whose booking may have reached Globe
        sandbox.globeAdmin("POST", "seed", SandboxOrders.JSON.writeValueAsString(Map.of("Item", List.of(item(code, "A")))));
        sandbox.globeAdmin("DELETE", "calls", null);
        replays.replay(parkedId, "test");

        assertThat(sandbox.globeCalls("GET SalesOrderHeader")).as("asked by YourReference").isEqualTo(1);
        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
    }

    @RepeatedTest(5)
    void twoOrdersOfOneNewCustomerInOnePollMakeOneDebtorWhileOtherCustomersAreBookedAlongside() throws Exception {
        assertThat(config.workers()).as("the poll books in parallel").isGreaterThan(1);
        SandboxOrders.OrderSpec shared = sandbox.person("NL").row("ART-0002", 1);
        List<CcvOrder> orders = new ArrayList<>();
        orders.add(shared.place());
        for (int i = 0; i < 4; i++) {
            orders.add(sandbox.person("BE").row("ART-0005", 1).place());
        }
        orders.add(sandbox.person("NL").email(shared.email).row("ART-0007", 1).place());
        orders.add(sandbox.person("NL").email(shared.email).row("ART-0009", 1).place());

        producer.sendBody("direct:orders-poll-once", null);

        List<GlobeRecord> debtors = sandbox.accounts(shared.email);
        assertThat(debtors).as("one debtor for the customer's three orders").hasSize(1);
        for (CcvOrder order : orders) {
            assertThat(sandbox.salesOrders(order.ordernumberFull())).as("order %s", order.id()).hasSize(1);
        }
        for (CcvOrder order : orders.subList(5, 7)) {
            assertThat(sandbox.salesOrders(order.ordernumberFull()).get(0).text("OrderDebtor"))
                    .isEqualTo(debtors.get(0).text("DebtorNumber"));
        }
    }

    @RepeatedTest(3)
    void newCustomersInOnePollGetConsecutiveDebtorNumbersAndANumberTakenInGlobeByHandIsPassedOver() throws Exception {
        producer.sendBody("direct:orders-poll-once", null); // earlier tests' orders out of the way
        List<SandboxOrders.OrderSpec> customers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            customers.add(sandbox.person(i % 2 == 0 ? "NL" : "BE").row("ART-0002", 1));
            customers.get(i).place();
        }
        sandbox.globeAdmin("DELETE", "calls", null);
        producer.sendBody("direct:orders-poll-once", null);
        // one e-mail look-up per customer; Globe's highest number only when the counter starts (or met a number taken)
        assertThat(sandbox.globeCalls("GET Account")).as("Account reads").isLessThanOrEqualTo(6 + 2);

        List<Long> numbers = new ArrayList<>();
        for (SandboxOrders.OrderSpec customer : customers) {
            List<GlobeRecord> debtors = sandbox.accounts(customer.email);
            assertThat(debtors).as("one debtor for %s", customer.email).hasSize(1);
            numbers.add(Long.parseLong(debtors.get(0).text("DebtorNumber").trim()));
        }
        numbers.sort(null);
        assertThat(numbers).as("six numbers, no gap").doesNotHaveDuplicates()
                .allMatch(n -> n - numbers.get(0) < 6);

        // someone creates the next debtor in Globe by hand: the bridge's next new debtor passes over that number
        String byHand = String.valueOf(numbers.get(5) + 1);
        sandbox.globe().create("Account", Map.of("DebtorNumber", byHand, "AccountName", "Aangemaakt in Globe",
                "CustomerType", "C", "EmailAddress", "by-hand-" + byHand + "@example.com"));
        SandboxOrders.OrderSpec after = sandbox.person("NL").row("ART-0002", 1);
        CcvOrder order = after.place();
        sync(order);
        assertThat(sandbox.salesOrders(order.ordernumberFull())).hasSize(1);
        assertThat(Long.parseLong(sandbox.accounts(after.email).get(0).text("DebtorNumber").trim()))
                .isEqualTo(numbers.get(5) + 2);
    }

    @RepeatedTest(5)
    void theCursorIsConfirmedOnlyOnceEveryOrderOfTheBatchIsDone() throws Exception {
        producer.sendBody("direct:orders-poll-once", null); // earlier tests' orders out of the way
        Instant before = cursors.updatedAt(OrdersPoll.CURSOR_NAME).orElseThrow();
        CcvOrder slow = sandbox.person("NL").row("ART-0002", 1).place();
        CcvOrder quick = sandbox.person("BE").row("ART-0005", 1).place();
        sandbox.globeStartsLate("POST SalesOrderHeader", 4000);

        CompletableFuture<Void> poll = CompletableFuture.runAsync(() -> producer.sendBody("direct:orders-poll-once", null));
        // one order's header is held in Globe while the other one is booked
        // (a call is logged when answered: the held header shows once it is done)
        await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.globeCalls("POST SalesOrderLine") >= 2
                && sandbox.globeCalls("POST SalesOrderHeader") == 1
                && (sandbox.salesOrders(slow.ordernumberFull()).size() + sandbox.salesOrders(quick.ordernumberFull()).size()) == 1);
        assertThat(poll).isNotDone();
        assertThat(cursors.updatedAt(OrdersPoll.CURSOR_NAME)).as("not confirmed while an order runs").contains(before);

        poll.get();
        assertThat(sandbox.salesOrders(slow.ordernumberFull())).hasSize(1);
        assertThat(sandbox.salesOrders(quick.ordernumberFull())).hasSize(1);
        assertThat(cursors.updatedAt(OrdersPoll.CURSOR_NAME)).as("confirmed after the batch").hasValueSatisfying(
                at -> assertThat(at).isAfter(before));
    }

    @Test
    void anItemMissingOrBlockedInTheCacheIsReadFromGlobe() throws Exception {
        String code = "CACHE-" + System.nanoTime() % 1_000_000;
        // missing: the item is created in Globe after the cache was last refreshed
        sandbox.globeAdmin("POST", "seed", SandboxOrders.JSON.writeValueAsString(Map.of("Item", List.of(item(code, "B")))));
        items.refresh();
        CcvOrder blocked = sandbox.person("NL").freeRow(code, "5.00", 21).place();
        assertThat(callsOf(blocked)).anyMatch(c -> c.startsWith("GET Item") && c.contains(code));
        assertThat(parked.byKey("orders", String.valueOf(blocked.id()))).as("blocked in Globe")
                .hasValueSatisfying(p -> assertThat(p.reason()).contains(code).contains("blocked"));

        // blocked in the cache, active in Globe now: read again, not refused from the cache
        sandbox.globe().merge("Item", GlobeKey.code(code), Map.of("Condition", "A"));
        CcvOrder active = sandbox.person("NL").freeRow(code, "5.00", 21).place();
        assertThat(callsOf(active)).anyMatch(c -> c.startsWith("GET Item") && c.contains(code));
        assertThat(sandbox.salesOrders(active.ordernumberFull())).hasSize(1);

        // active in the cache: served from it; blocked in Globe, the next refresh (ModifiedDate cursor) brings it in
        CcvOrder cached = sandbox.person("NL").freeRow(code, "5.00", 21).place();
        assertThat(callsOf(cached)).noneMatch(c -> c.startsWith("GET Item") && c.contains(code));
        sandbox.globe().merge("Item", GlobeKey.code(code), Map.of("Condition", "B"));
        assertThat(items.refresh()).isTrue();
        CcvOrder afterRefresh = sandbox.person("NL").freeRow(code, "5.00", 21).place();
        sync(afterRefresh);
        assertThat(parked.byKey("orders", String.valueOf(afterRefresh.id()))).as("the refresh saw the block")
                .hasValueSatisfying(p -> assertThat(p.reason()).contains(code).contains("blocked"));
    }

    private void sync(CcvOrder order) {
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
    }

    /** The Globe calls ("METHOD resource") one order's sync made. */
    private List<String> callsOf(CcvOrder order) throws Exception {
        sandbox.globeAdmin("DELETE", "calls", null);
        sync(order);
        List<String> calls = new ArrayList<>();
        for (JsonNode call : sandbox.globeAdmin("GET", "calls", null).path("calls")) {
            String query = call.path("query").isTextual() ? "?" + java.net.URLDecoder.decode(call.path("query").asText(),
                    java.nio.charset.StandardCharsets.UTF_8) : "";
            calls.add(call.path("method").asText() + " " + call.path("resource").asText() + query);
        }
        return calls;
    }

    /**
     * Leaves out the document itself (its lines and header) and the item cache's own reads: its periodic refresh and
     * the sales items it reads once after a start.
     */
    private static List<String> beyondTheDocument(List<String> calls) {
        return calls.stream().filter(c -> !c.startsWith("POST SalesOrderLine") && !c.startsWith("POST SalesOrderHeader"))
                .filter(c -> !(c.startsWith("GET Item") && (c.contains("ModifiedDate") || c.contains("IsSalesItem")))).toList();
    }

    private static Map<String, Object> item(String code, String condition) {
        Map<String, Object> item = new java.util.LinkedHashMap<>();
        item.put("ItemCode", code);
        item.put("Description0", "Cache test item");
        item.put("SalesPrice", 5);
        item.put("SalesCurrency", "EUR");
        item.put("Condition", condition);
        item.put("Type", "S");
        item.put("IsSalesItem", true);
        item.put("IsStockItem", false);
        item.put("Assortment", 1);
        item.put("SalesVATCode", "2");
        item.put("GLAccountRevenue", "8000");
        return item;
    }
}
