package com.ccvglobe.bridge.sandbox.ccvsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The demo shopper's orders are realistic and add up: the mix it promises, totals that follow from the rows. */
class DemoOrdersTest {

    private static CcvShopSimulator sim;
    private static List<ObjectNode> orders;

    @BeforeAll
    static void seed() {
        sim = new CcvShopSimulator("demo-public", "demo-secret");
        sim.start(0);
        sim.seedOrders(300, 5, false);
        orders = sim.data().all("orders");
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @Test
    void theMixHasPersonsCompaniesCountriesCouponsVariantsAndGuests() {
        Set<String> types = orders.stream().map(o -> o.path("customer").path("customertype").asText()).collect(Collectors.toSet());
        Set<String> countries = orders.stream().map(o -> o.path("customer").path("billingaddress").path("country_code").asText())
                .collect(Collectors.toSet());
        Set<String> coupons = orders.stream().map(o -> o.path("discountcoupon").path("code").asText()).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrder("b2c", "b2b");
        assertThat(countries).containsExactlyInAnyOrder("NL", "BE", "DE");
        assertThat(coupons).contains("", "WELKOM10", "KORTING5", "GRATISVERZENDING");
        assertThat(orders).anyMatch(o -> o.path("user").path("id").isNull()).anyMatch(o -> o.path("user").path("id").isTextual());
        assertThat(orders).anyMatch(o -> o.path("customer").path("deliveryaddress").path("country_code").isTextual());
        assertThat(orders).anyMatch(o -> o.path("paid").asBoolean()).anyMatch(o -> !o.path("paid").asBoolean());
        assertThat(sim.data().all("orderrows")).anyMatch(r -> r.path("sub_sku_number").asText().matches("ART-00\\d\\d-[SML]-(RED|BLUE)"));
        assertThat(orders).filteredOn(o -> o.path("customer").path("customertype").asText().equals("b2b"))
                .allSatisfy(o -> assertThat(o.path("customer").path("btw").asText()).isNotBlank());
    }

    @Test
    void totalsFollowFromRowsCouponShippingAndPaymentCosts() {
        for (ObjectNode order : orders) {
            long id = order.path("id").asLong();
            double rows = sim.data().where("orderrows", r -> r.path("order_id").asLong() == id).stream()
                    .mapToDouble(r -> r.path("total_price_with_attributes").asDouble()).sum();
            assertThat(order.path("total_orderrow_price").asDouble()).isCloseTo(rows, org.assertj.core.data.Offset.offset(0.011));
            double expected = rows - order.path("total_discounts").asDouble() + order.path("total_shipping").asDouble()
                    + order.path("paymethod_costs").asDouble();
            assertThat(order.path("total_price").asDouble()).as("order %d", id).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.011));
            JsonNode shipping = order.path("total_shipping");
            assertThat(shipping.asDouble()).isIn(0.0, 6.95, 8.95, 9.95);
            assertThat(order.path("ordernumber_full").asText()).isEqualTo(order.path("ordernumber").asText());
        }
        assertThat(orders).anyMatch(o -> o.path("total_shipping").asDouble() == 0.0)
                .anyMatch(o -> o.path("total_shipping").asDouble() > 0);
    }
}
