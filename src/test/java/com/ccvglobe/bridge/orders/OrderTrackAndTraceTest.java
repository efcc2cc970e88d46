package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Track &amp; trace from where the warehouse keeps it: a free field of the Globe sales order
 * ({@code SalesOrderHeader.FreeField1}), with the carrier from the mapping's {@code lookups.carriers} by the order's
 * shipping method. A code the warehouse writes after the delivery reaches CCV in exactly one more PATCH, never again.
 */
@QuarkusTest
@TestProfile(OrderTrackAndTraceTest.FreeFieldOnTheSalesOrder.class)
class OrderTrackAndTraceTest {

    public static class FreeFieldOnTheSalesOrder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OrdersAgainstFaultyGlobe.profile("bridge-track-and-trace-test", Map.of(
                    "bridge.orders.status-sync.track-and-trace-field", "SalesOrderHeader.FreeField1",
                    "bridge.mapping-file", "target/test-classes/mapping/track-and-trace-mapping.yaml"));
        }
    }

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    RecordLinks links;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    private String book(CcvOrder order) {
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        return links.byCcvId("order", String.valueOf(order.id())).orElseThrow().globeKey();
    }

    /** What a warehouse application does: writes the code into the sales order's free field through the entity service. */
    private void warehouseWrites(String number, String code) {
        sandbox.globe().merge("SalesOrderHeader", GlobeKey.code(number), Map.of("IsForEditing", true, "FreeField1", code));
    }

    private long patches(CcvShopSimulator ccv, CcvOrder order) {
        return ccv.calls().calls().stream()
                .filter(c -> c.method().equals("PATCH") && c.uri().endsWith("/orders/" + order.id())).count();
    }

    private JsonNode ccvOrder(CcvShopSimulator ccv, CcvOrder order) {
        return ccv.data().get("orders", order.id());
    }

    @Test
    void theCodeInTheSalesOrdersFreeFieldReachesTheCcvOrderWithItsCarrier() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0012", 1).place();
        String number = book(order);
        assertThat(sandbox.salesOrders(order.ordernumberFull()).get(0).text("FreeField2"))
                .as("the order id went to FreeField2, leaving FreeField1 to the warehouse").isEqualTo(String.valueOf(order.id()));
        String shippingVia = sandbox.salesOrders(order.ordernumberFull()).get(0).text("ShippingVia");
        warehouseWrites(number, "3SABCD1234567");
        sandbox.globeAdmin("POST", "orders/" + number + "/deliver", null);

        producer.sendBody("direct:order-status-once", null);

        CcvShopSimulator ccv = sandbox.ccvSim();
        assertThat(ccvOrder(ccv, order).path("status").asInt()).isEqualTo(5);
        assertThat(ccvOrder(ccv, order).path("track_and_trace_code").asText()).isEqualTo("3SABCD1234567");
        assertThat(ccvOrder(ccv, order).path("track_and_trace_carrier").asText())
                .isEqualTo(Map.of("PNL", "PostNL", "DHL", "DHL Parcel").getOrDefault(shippingVia, "Eigen bezorging"));
        long after = patches(ccv, order);
        producer.sendBody("direct:order-status-once", null);
        assertThat(patches(ccv, order)).as("nothing new, nothing sent").isEqualTo(after);
    }

    @Test
    void aCodeWrittenAfterTheDeliveryCausesExactlyOneMorePatch() throws Exception {
        CcvOrder order = sandbox.person("BE").row("ART-0012", 1).place();
        String number = book(order);
        CcvShopSimulator ccv = sandbox.ccvSim();
        sandbox.globeAdmin("POST", "orders/" + number + "/deliver", null);

        producer.sendBody("direct:order-status-once", null);
        assertThat(ccvOrder(ccv, order).path("status").asInt()).isEqualTo(5);
        assertThat(ccvOrder(ccv, order).path("track_and_trace_code").asText()).isEmpty();
        long delivered = patches(ccv, order);
        producer.sendBody("direct:order-status-once", null);
        assertThat(patches(ccv, order)).as("no code yet: nothing to send").isEqualTo(delivered);

        warehouseWrites(number, "JVGL0612345678");
        producer.sendBody("direct:order-status-once", null);
        assertThat(patches(ccv, order)).as("the code first appears: one PATCH").isEqualTo(delivered + 1);
        assertThat(ccvOrder(ccv, order).path("track_and_trace_code").asText()).isEqualTo("JVGL0612345678");
        assertThat(ccvOrder(ccv, order).path("status").asInt()).isEqualTo(5);

        producer.sendBody("direct:order-status-once", null);
        warehouseWrites(number, "JVGL0699999999");
        producer.sendBody("direct:order-status-once", null);
        producer.sendBody("direct:order-status-once", null);
        assertThat(patches(ccv, order)).as("never a repeat, not even for a changed code").isEqualTo(delivered + 1);
        assertThat(ccvOrder(ccv, order).path("track_and_trace_code").asText()).isEqualTo("JVGL0612345678");

        sandbox.globeAdmin("POST", "orders/" + number + "/invoice", null);
        producer.sendBody("direct:order-status-once", null);
        assertThat(ccvOrder(ccv, order).path("status").asInt()).isEqualTo(6);
        assertThat(patches(ccv, order)).as("the invoice is one more transition").isEqualTo(delivered + 2);
    }
}
