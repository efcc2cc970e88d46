package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Financial mode books two entries per paid order: the sale in the sales journal and the payment in the bank journal.
 * Globe carries out both but answers each after the client's timeout: each retry finds its entry by YourReference in
 * its journal, so the order ends with exactly one sale and one payment entry, committed, not parked.
 */
@QuarkusTest
@TestProfile(OrdersFinancialTimeoutTest.FinancialMode.class)
class OrdersFinancialTimeoutTest extends OrdersAgainstFaultyGlobe {

    public static class FinancialMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("bridge-financial-timeout-test", Map.of("bridge.orders.document", "financial",
                    "globe.http.timeout", "2s", "bridge.retry.max-redeliveries", "3"));
        }
    }

    @Test
    void theSaleAndThePaymentEntryAnsweredLateAreEachFoundInTheirJournalNotBookedTwice() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).paidWith("iDEAL").place();
        String id = String.valueOf(order.id());
        sandbox.globeAnswersLate("POST FinancialHeader", 2, 5000, 0);

        producer.sendBody("direct:orders-sync-order", id);

        assertThat(sandbox.globeCalls("POST FinancialHeader")).as("each entry posted once").isEqualTo(2);
        var entries = sandbox.globe().find("FinancialHeader", GlobeQuery.where(GlobeFilter.eq("YourReference",
                order.ordernumberFull())));
        assertThat(entries).extracting(e -> e.text("Journal")).as("one sale (70), one payment (10)")
                .containsExactlyInAnyOrder("70", "10");
        String payment = entries.stream().filter(e -> "10".equals(e.text("Journal"))).map(e -> e.text("EntryNumber"))
                .findFirst().orElseThrow();
        assertThat(parked.byKey("orders", id)).isEmpty();
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> {
                    assertThat(e.attempts()).as("two unanswered entries, then the one that found the payment").isEqualTo(3);
                    assertThat(e.summary()).contains("payment entry " + payment);
                });
    }
}
