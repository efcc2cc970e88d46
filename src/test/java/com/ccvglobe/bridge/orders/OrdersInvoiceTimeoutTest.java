package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Invoice mode cannot ask Globe whether a booking went through ({@code InvoiceHeader} is write-only): an invoice
 * booking that Globe carried out but answered after the client's timeout is parked at once with what to check, not
 * booked a second time by a retry.
 */
@QuarkusTest
@TestProfile(OrdersInvoiceTimeoutTest.InvoiceMode.class)
class OrdersInvoiceTimeoutTest extends OrdersAgainstFaultyGlobe {

    public static class InvoiceMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return profile("bridge-invoice-timeout-test", Map.of("bridge.orders.document", "invoice",
                    "globe.http.timeout", "2s", "bridge.retry.max-redeliveries", "3"));
        }
    }

    @Test
    void anInvoiceBookedWithoutAnAnswerIsParkedWithWhatToCheckNotBookedTwice() throws Exception {
        CcvOrder order = syncWithALateAnswerTo("POST InvoiceHeader");
        String id = String.valueOf(order.id());

        assertThat(sandbox.globeCalls("POST InvoiceHeader")).as("booked once, not again by the retry").isEqualTo(1);
        ParkedMessage message = parked.byKey("orders", id).orElseThrow();
        assertThat(message.reason()).contains("InvoiceHeader").contains("YourReference " + order.ordernumberFull())
                .contains("did not answer");
        assertThat(message.attempts()).as("parked at once: asking again cannot help").isEqualTo(1);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).isEmpty();

        // a later webhook or sync request leaves it to the operator
        producer.sendBody("direct:orders-sync-order", id);
        assertThat(sandbox.globeCalls("POST InvoiceHeader")).as("not booked behind the operator's back").isEqualTo(1);
        assertThat(activity.find("orders", ActivityStatus.SKIPPED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("parked"));
    }

    @Test
    void aLineStagedWithoutAnAnswerIsRetriedAndTheInvoiceBookedOnce() throws Exception {
        String id = String.valueOf(syncWithALateAnswerTo("POST InvoiceLine").id());

        assertThat(parked.byKey("orders", id)).as("no booking was in doubt").isEmpty();
        assertThat(sandbox.globeCalls("POST InvoiceHeader")).isEqualTo(1);
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, id, null, null, 5)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
    }

    /** A new order, synchronised while Globe answers the first call matching {@code call} 5 s late (client: 2 s). */
    private CcvOrder syncWithALateAnswerTo(String call) throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0004", 1).place();
        sandbox.globeAnswersLate(call, 1, 5000, 0);
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        return order;
    }
}
