package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLinks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The orders flow end to end against the sandbox simulators (salesorder mode, the default): orders are placed in the
 * CCV Shop simulator through its API, booked by the flow, and checked in the Globe simulator over its entity service.
 */
@QuarkusTest
class OrdersFlowTest {

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ActivityLog activity;

    @Inject
    ParkedMessages parked;

    @Inject
    RecordLinks links;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    private GlobeRecord sync(CcvOrder order) {
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        List<GlobeRecord> found = sandbox.salesOrders(order.ordernumberFull());
        assertThat(found).as("one Globe sales order for CCV order %s", order.id()).hasSize(1);
        return found.get(0);
    }

    private ActivityEntry lastActivity(CcvOrder order) {
        return activity.find("orders", null, String.valueOf(order.id()), null, null, 10).get(0);
    }

    private static BigDecimal total(GlobeRecord header) {
        return header.number("TotalAmount");
    }

    @Test
    void aPersonOrderBecomesASalesOrderOnANewPersonDebtor() {
        CcvOrder order = sandbox.person("NL").row("ART-0005", 2).row("ART-0007", 1).place();
        assertThat(order.totalShipping()).as("below the free-shipping threshold").isPositive();

        GlobeRecord header = sync(order);

        assertThat(total(header)).as("Globe total equals the CCV total").isEqualByComparingTo(order.totalPrice());
        GlobeRecord debtor = sandbox.accounts(order.customer().email()).get(0);
        assertThat(header.text("OrderDebtor")).isEqualTo(debtor.text("DebtorNumber"));
        assertThat(Long.parseLong(debtor.text("DebtorNumber"))).isBetween(100000L, 199999L);
        assertThat(debtor.text("AccountName")).isEqualTo("Sanne de Boer");
        assertThat(debtor.text("ClassificationID")).isEqualTo("WEB");
        assertThat(debtor.text("PaymentCondition")).isEqualTo("00");
        assertThat(header.text("PaymentCondition")).isEqualTo("00");
        assertThat(header.text("PaymentMethod")).isEqualTo("E");
        assertThat(header.text("ShippingVia")).isEqualTo("PNL");
        assertThat(header.text("CostCenter")).isEqualTo("WEBSHOP");
        List<GlobeRecord> lines = sandbox.salesOrderLines(header.text("SalesOrderNumber"));
        assertThat(lines).extracting(l -> l.text("Itemcode")).containsExactlyInAnyOrder("ART-0005", "ART-0007", "VERZEND");
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.text("VATCode")).isEqualTo("2");
            assertThat(l.text("CostUnit")).isEqualTo("NL");
        });
        GlobeRecord shipping = lines.stream().filter(l -> "VERZEND".equals(l.text("Itemcode"))).findFirst().orElseThrow();
        assertThat(shipping.number("NetPrice")).isEqualByComparingTo(order.totalShipping());
        GlobeRecord discounted = lines.stream().filter(l -> "ART-0007".equals(l.text("Itemcode"))).findFirst().orElseThrow();
        assertThat(discounted.number("Price").subtract(discounted.number("NetPrice"))).as("per-unit row discount")
                .isEqualByComparingTo("2");
        assertThat(discounted.number("DiscountPercentage")).isPositive();

        ActivityEntry row = lastActivity(order);
        assertThat(row.status()).isEqualTo(ActivityStatus.COMMITTED);
        assertThat(row.targetRef()).isEqualTo(header.text("SalesOrderNumber"));
        assertThat(row.summary()).doesNotContain(order.customer().email());
        assertThat(links.byCcvId("order", String.valueOf(order.id()))).hasValueSatisfying(
                l -> assertThat(l.globeKey()).isEqualTo(header.text("SalesOrderNumber")));
        assertThat(sandbox.ccvSim().data().get("orders", order.id()).path("last_status_note").asText())
                .as("note written back to CCV").contains(header.text("SalesOrderNumber"));

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        assertThat(sandbox.salesOrders(order.ordernumberFull())).as("sent twice, booked once").hasSize(1);
        assertThat(lastActivity(order).status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(lastActivity(order).targetRef()).isEqualTo(header.text("SalesOrderNumber"));
    }

    @Test
    void aCompanyOrderMakesACompanyDebtorWithTheBuyerAsContact() {
        CcvOrder order = sandbox.company("NL", "Bakkerij Test B.V.").row("ART-0005", 3).place();

        GlobeRecord header = sync(order);

        GlobeRecord debtor = sandbox.accounts(order.customer().email()).get(0);
        assertThat(debtor.text("AccountName")).isEqualTo("Bakkerij Test B.V.");
        assertThat(debtor.text("ClassificationID")).isEqualTo("B2B");
        assertThat(debtor.text("VATNumber")).isEqualTo("NL0012345678B01");
        List<GlobeRecord> contacts = sandbox.contacts(order.customer().email());
        assertThat(contacts).singleElement().satisfies(c -> {
            assertThat(c.text("LastName")).isEqualTo("de Boer");
            assertThat(c.text("AccountID")).isEqualToIgnoringCase(debtor.text("ID"));
        });
        assertThat(header.text("OrderDebtor")).isEqualTo(debtor.text("DebtorNumber"));
    }

    @Test
    void aRepeatCustomerInOtherLetterCaseGetsTheSameDebtor() {
        CcvOrder first = sandbox.person("NL").row("ART-0002", 1).place();
        GlobeRecord firstHeader = sync(first);
        String email = first.customer().email();

        CcvOrder second = sandbox.person("NL").email("  " + email.toUpperCase() + " ").row("ART-0004", 1).place();
        GlobeRecord secondHeader = sync(second);

        assertThat(secondHeader.text("OrderDebtor")).isEqualTo(firstHeader.text("OrderDebtor"));
        assertThat(sandbox.accounts(email)).hasSize(1);
    }

    @Test
    void aGermanOrderUsesTheGermanVatCode() {
        CcvOrder order = sandbox.person("DE").row("ART-0003", 1).place();

        GlobeRecord header = sync(order);

        assertThat(sandbox.salesOrderLines(header.text("SalesOrderNumber"))).allSatisfy(l -> {
            assertThat(l.text("VATCode")).isEqualTo("D19");
            assertThat(l.text("CostUnit")).isEqualTo("DE");
        });
        assertThat(total(header)).isEqualByComparingTo(order.totalPrice());
    }

    @Test
    void anIntraCommunityOrderGetsTheZeroRateIcVatCode() {
        CcvOrder order = sandbox.company("BE", "Verhuur Test BVBA").row("ART-0003", 2).intraCommunity().place();

        GlobeRecord header = sync(order);

        assertThat(sandbox.salesOrderLines(header.text("SalesOrderNumber"))).allSatisfy(l -> assertThat(l.text("VATCode"))
                .isEqualTo("IC0"));
        assertThat(total(header)).isEqualByComparingTo(order.totalPrice());
        assertThat(header.number("TotalVATAmount")).isEqualByComparingTo("0");
    }

    @Test
    void aCouponBecomesADiscountLineAndTheTotalsStillMatch() {
        CcvOrder order = sandbox.person("NL").row("ART-0010", 2).row("ART-0021", 1).coupon("WELKOM10").place();
        assertThat(order.totalDiscounts()).isPositive();

        GlobeRecord header = sync(order);

        List<GlobeRecord> lines = sandbox.salesOrderLines(header.text("SalesOrderNumber"));
        assertThat(lines).filteredOn(l -> "KORTING".equals(l.text("Itemcode"))).singleElement()
                .satisfies(l -> assertThat(l.number("NetPrice")).isEqualByComparingTo(order.totalDiscounts().negate()));
        assertThat(lines).filteredOn(l -> "ART-0021".equals(l.text("Itemcode"))).singleElement()
                .satisfies(l -> assertThat(l.text("VATCode")).as("low rate").isEqualTo("1"));
        assertThat(total(header)).isEqualByComparingTo(order.totalPrice());
    }

    @Test
    void inclAndExclVatOrdersTotalToTheCent() {
        CcvOrder incl = sandbox.person("NL").row("ART-0011", 3).row("ART-0021", 7).row("ART-0014", 1).paidWith("PayPal").place();
        CcvOrder excl = sandbox.company("NL", "Excl BV").row("ART-0011", 3).row("ART-0021", 7).row("ART-0014", 1)
                .excludingVat().place();
        assertThat(excl.taxesIncluded()).isFalse();

        GlobeRecord inclHeader = sync(incl);
        GlobeRecord exclHeader = sync(excl);

        assertThat(total(inclHeader)).isEqualByComparingTo(incl.totalPrice());
        assertThat(total(exclHeader)).isEqualByComparingTo(excl.totalPrice());
        assertThat(sandbox.salesOrderLines(inclHeader.text("SalesOrderNumber"))).extracting(l -> l.text("Itemcode"))
                .contains("BETAALKOST");
    }

    @Test
    void unknownAndBlockedArticlesParkTheOrderNamingThem() {
        CcvOrder unknown = sandbox.person("NL").row("ART-0003", 1).freeRow("NOPE-123", "9.95", 21).place();
        CcvOrder blocked = sandbox.person("NL").freeRow("ART-9001", "10.00", 21).freeRow("ART-9002", "10.00", 21).place();

        producer.sendBody("direct:orders-sync-order", String.valueOf(unknown.id()));
        producer.sendBody("direct:orders-sync-order", String.valueOf(blocked.id()));

        assertThat(parked.byKey("orders", String.valueOf(unknown.id()))).hasValueSatisfying(p -> {
            assertThat(p.reason()).contains("NOPE-123 does not exist").doesNotContain("ART-0003");
            assertThat(p.attempts()).isEqualTo(1);
            assertThat(p.replayUri()).isEqualTo("direct://orders-sync-order");
            assertThat(p.payload()).isEqualTo(String.valueOf(unknown.id()));
        });
        assertThat(parked.byKey("orders", String.valueOf(blocked.id()))).hasValueSatisfying(p -> assertThat(p.reason())
                .contains("ART-9001 is blocked").contains("ART-9002 is discontinued"));
        assertThat(sandbox.salesOrders(unknown.ordernumberFull())).isEmpty();
        assertThat(sandbox.accounts(blocked.customer().email())).as("no debtor made for a parked order").isEmpty();
    }

    @Test
    void malformedOrdersParkWithAClearReasonAndCanBeReplayed() {
        CcvOrder noEmail = sandbox.person("NL").email("").row("ART-0003", 1).place();
        CcvOrder badCountry = sandbox.person("XX").row("ART-0003", 1).place();
        CcvOrder longStreet = sandbox.person("NL").street("Lange straat ".repeat(23) + "1").row("ART-0003", 1).place();

        for (CcvOrder order : List.of(noEmail, badCountry, longStreet)) {
            producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        }

        ParkedMessage email = parked.byKey("orders", String.valueOf(noEmail.id())).orElseThrow();
        assertThat(email.errorField()).isEqualTo("customer.email");
        assertThat(email.reason()).contains("no customer e-mail address");
        ParkedMessage country = parked.byKey("orders", String.valueOf(badCountry.id())).orElseThrow();
        assertThat(country.errorField()).isEqualTo("customer.billingaddress.country_code");
        assertThat(country.reason()).contains("unknown country code 'XX'");
        ParkedMessage street = parked.byKey("orders", String.valueOf(longStreet.id())).orElseThrow();
        assertThat(street.errorField()).isEqualTo("DeliveryDebtorAddress1");
        assertThat(street.reason()).contains("at most 100 characters");
        for (ParkedMessage message : List.of(email, country, street)) {
            assertThat(message.payload()).as("the order id is kept for replay").isNotBlank();
            assertThat(message.replayUri()).isEqualTo("direct://orders-sync-order");
        }
        assertThat(activity.find("orders", ActivityStatus.PARKED, String.valueOf(longStreet.id()), null, null, 5)).isNotEmpty();
    }
}
