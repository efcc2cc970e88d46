package com.ccvglobe.bridge.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Financial mode books two entries per paid order: the sale in the sales journal (70) and the payment in the bank
 * journal (10), each exactly once, through a stop between the two and through unanswered calls. The profile's bank
 * account 1105 does not exist in the sandbox Globe until the first test creates it; the others create it if missing.
 */
@QuarkusTest
@TestProfile(OrdersFinancialEntriesTest.FinancialMode.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrdersFinancialEntriesTest extends OrdersAgainstFaultyGlobe {

    public static class FinancialMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("bridge-financial-entries-test", Map.of("bridge.orders.document", "financial",
                    "bridge.orders.financial.bank-account", "1105", "globe.http.timeout", "2s",
                    "bridge.retry.max-redeliveries", "3"));
        }
    }

    @Test
    @Order(1)
    void anOrderParkedBetweenTheSaleAndThePaymentIsReplayedIntoThePaymentAlone() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).paidWith("iDEAL").place();
        String id = String.valueOf(order.id());

        producer.sendBody("direct:orders-sync-order", id);

        ParkedMessage message = parked.byKey("orders", id).orElseThrow();
        assertThat(message.reason()).contains("1105");
        assertThat(journals(order)).as("the sale is booked, the payment refused").containsExactly("70");

        // the operator creates the bank account in Globe and replays the message
        createBankAccount();
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .post("/api/parked/" + message.id() + "/replay").then().statusCode(200);

        assertThat(journals(order)).as("the payment added, the sale not booked again").containsExactlyInAnyOrder("70", "10");
        assertThat(parked.byKey("orders", id)).isEmpty();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("payment missing").contains("payment entry"));
    }

    @Test
    @Order(2)
    void theSaleAndThePaymentEntryAnsweredLateAreEachFoundInTheirJournalNotBookedTwice() throws Exception {
        bankAccountInGlobe();
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).paidWith("iDEAL").place();
        String id = String.valueOf(order.id());
        sandbox.globeAnswersLate("POST FinancialHeader", 2, 5000, 0);

        producer.sendBody("direct:orders-sync-order", id);

        assertThat(sandbox.globeCalls("POST FinancialHeader")).as("each entry posted once").isEqualTo(2);
        List<GlobeRecord> entries = entries(order);
        assertThat(entries).extracting(e -> e.text("Journal")).as("one sale, one payment").containsExactlyInAnyOrder("70", "10");
        String payment = entries.stream().filter(e -> "10".equals(e.text("Journal"))).map(e -> e.text("EntryNumber"))
                .findFirst().orElseThrow();
        assertThat(parked.byKey("orders", id)).isEmpty();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> {
                    assertThat(e.attempts()).as("two unanswered entries, then the one that found the payment").isEqualTo(3);
                    assertThat(e.summary()).contains("payment entry " + payment);
                });
    }

    @Test
    @Order(3)
    void aSaleGlobeStartsAfterTheClientGaveUpIsWaitedForEvenWithTheRetriesAndOutageWaitUsedUp() throws Exception {
        bankAccountInGlobe();
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).paidWith("iDEAL").place();
        String id = String.valueOf(order.id());
        // the client gives up after 2 s, Globe starts the sale at 3 s; max-redeliveries 3 at 20-200 ms and no outage
        // wait (the test default 0s) would have parked it within a second
        sandbox.globeStartsLate("POST FinancialHeader", 3000);

        producer.sendBody("direct:orders-sync-order", id);

        assertThat(parked.byKey("orders", id)).as("not parked while Globe may still be booking it").isEmpty();
        assertThat(journals(order)).containsExactlyInAnyOrder("70", "10");
        assertThat(sandbox.globeCalls("POST FinancialHeader")).isEqualTo(2);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isGreaterThan(4));
    }

    private void bankAccountInGlobe() throws Exception {
        if (sandbox.globe().find("GeneralLedgerAccount", GlobeQuery.all()).stream()
                .noneMatch(a -> "1105".equals(a.text("GeneralLedgerCode").trim()))) {
            createBankAccount();
        }
    }

    private void createBankAccount() throws Exception {
        sandbox.globeAdmin("POST", "seed", "{\"GeneralLedgerAccount\": [{\"GeneralLedgerCode\": \"1105\", "
                + "\"GeneralLedgerDescription\": \"Bank webshop\", \"BalanceProfitAndLoss\": \"B\"}]}");
    }

    private List<GlobeRecord> entries(CcvOrder order) {
        return sandbox.globe().find("FinancialHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", order.ordernumberFull())));
    }

    private List<String> journals(CcvOrder order) {
        return entries(order).stream().map(e -> e.text("Journal")).toList();
    }
}
