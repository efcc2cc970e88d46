package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Orders whose amounts make no sense (a count of 0 or below, a negative price, totals of 1e12 and 1e20, a credit
 * order while {@code bridge.orders.allow-credit} is false) park at once naming the order, the row and the field, and
 * nothing reaches Globe; text with control and bidi characters reaches Globe without them. Black box: orders placed
 * in the sandbox CCV Shop, booked by {@code direct:orders-sync-order}, Globe read back over its entity service.
 */
@QuarkusTest
class OrderSanityTest {

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ParkedMessages parked;

    @Inject
    ActivityLog activity;

    @Inject
    CcvApi ccv;

    @Inject
    OrderDryRun dryRun;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    /** Syncs the order and returns its parked message, after checking it parked at once and booked nothing. */
    private ParkedMessage parks(CcvOrder order) {
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        ParkedMessage message = parked.byKey("orders", String.valueOf(order.id())).orElseThrow(
                () -> new AssertionError("order " + order.id() + " was not parked"));
        assertThat(message.attempts()).as("a business error: no retries").isEqualTo(1);
        assertThat(message.reason()).startsWith("order " + order.id() + " (#" + order.ordernumberFull() + ")");
        assertThat(sandbox.salesOrders(order.ordernumberFull())).as("nothing booked in Globe").isEmpty();
        assertThat(sandbox.accounts(order.customer().email())).as("no debtor made").isEmpty();
        assertThat(activity.find("orders", ActivityStatus.PARKED, String.valueOf(order.id()), null, null, 5)).isNotEmpty();
        return message;
    }

    @Test
    void aRowCountOfZeroOrBelowParksNamingTheRowAndCount() {
        CcvOrder zero = sandbox.person("NL").row("ART-0003", 1).freeRow("ART-0005", "0", "10.00").place();
        CcvOrder negative = sandbox.person("NL").freeRow("ART-0007", "-2", "10.00").place();
        assertThat(dryRun.preview(String.valueOf(zero.id()))).as("the dry run tells the same")
                .satisfies(p -> assertThat(p.decision()).isEqualTo("would park"))
                .satisfies(p -> assertThat(p.message()).contains("order row 2 (SKU ART-0005) has count 0"));

        ParkedMessage zeroParked = parks(zero);
        assertThat(zeroParked.errorField()).isEqualTo("orderrows[1].count");
        assertThat(zeroParked.reason()).contains("field orderrows[1].count").contains("order row 2 (SKU ART-0005)")
                .contains("count 0");
        ParkedMessage negativeParked = parks(negative);
        assertThat(negativeParked.errorField()).isEqualTo("orderrows[0].count");
        assertThat(negativeParked.reason()).contains("order row 1 (SKU ART-0007)").contains("count -2");
    }

    @Test
    void aNegativePriceParksNamingTheRowAndPrice() {
        CcvOrder order = sandbox.person("NL").row("ART-0003", 2).freeRow("ART-0005", "1", "-25.00").place();
        assertThat(order.totalPrice()).as("the total is still positive").isPositive();

        ParkedMessage message = parks(order);

        assertThat(message.errorField()).isEqualTo("orderrows[1].price");
        assertThat(message.reason()).contains("order row 2 (SKU ART-0005)").contains("negative price of -25")
                .contains("bridge.orders.allow-credit");
    }

    @Test
    void rowAmountsAndTotalsAboveMaxTotalPark() {
        CcvOrder trillion = sandbox.person("NL").freeRow("ART-0005", "1", "1e12").place();
        CcvOrder huge = sandbox.person("NL").freeRow("ART-0007", "1e20", "1.00").place();
        CcvOrder twoRows = sandbox.person("NL").freeRow("ART-0005", "1", "60000").freeRow("ART-0007", "1", "60000").place();

        ParkedMessage trillionParked = parks(trillion);
        assertThat(trillionParked.errorField()).isEqualTo("orderrows[0].total_price");
        assertThat(trillionParked.reason()).contains("order row 1 (SKU ART-0005)").contains("1000000000000")
                .contains("bridge.orders.max-total 100000");
        ParkedMessage hugeParked = parks(huge);
        assertThat(hugeParked.errorField()).isEqualTo("orderrows[0].total_price");
        assertThat(hugeParked.reason()).contains("order row 1 (SKU ART-0007)").contains("count 100000000000000000000");
        ParkedMessage totalParked = parks(twoRows);
        assertThat(totalParked.errorField()).isEqualTo("total_price");
        assertThat(totalParked.reason()).contains("the order totals 120000").contains("EUR")
                .contains("more than bridge.orders.max-total 100000");
    }

    @Test
    void aCreditOrderParksWhileCreditOrdersAreNotAllowed() {
        CcvOrder order = sandbox.person("NL").row("ART-0003", 1).place();
        ccv.patch("/orders/" + order.id(), Map.of("extra_costs", order.totalPrice().negate().subtract(BigDecimal.TEN),
                "extra_costs_description", "Refund", "total_price", BigDecimal.TEN.negate()));

        ParkedMessage message = parks(order);

        assertThat(message.errorField()).isEqualTo("total_price");
        assertThat(message.reason()).contains("a credit order (total -10").contains("bridge.orders.allow-credit is false");
    }

    @Test
    void controlAndBidiCharactersAreStrippedBeforeGlobe() {
        CcvOrder order = sandbox.person("NL").name("Jan\u0000\u202Eevil", "de\u2066 Boer\u0007").row("ART-0003", 1).place();

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        assertThat(sandbox.salesOrders(order.ordernumberFull())).as("booked").hasSize(1);
        GlobeRecord debtor = sandbox.accounts(order.customer().email()).get(0);
        assertThat(debtor.text("AccountName")).isEqualTo("Janevil de Boer");
    }
}
