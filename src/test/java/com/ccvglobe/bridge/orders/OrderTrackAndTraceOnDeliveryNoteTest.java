package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Track &amp; trace from a field of the delivery note ({@code OrderHistoryHeader.AdditionalField01}), written by the
 * warehouse after the delivery: one more PATCH when it appears, with the carrier of the sales order's shipping method
 * from the shipped {@code lookups.carriers}, and none on later passes.
 */
@QuarkusTest
@TestProfile(OrderTrackAndTraceOnDeliveryNoteTest.AdditionalFieldOnTheDeliveryNote.class)
class OrderTrackAndTraceOnDeliveryNoteTest {

    public static class AdditionalFieldOnTheDeliveryNote implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return OrdersAgainstFaultyGlobe.profile("bridge-track-and-trace-delivery-test", Map.of(
                    "bridge.orders.status-sync.track-and-trace-field", "OrderHistoryHeader.AdditionalField01"));
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

    private long patches(CcvShopSimulator ccv, CcvOrder order) {
        return ccv.calls().calls().stream()
                .filter(c -> c.method().equals("PATCH") && c.uri().endsWith("/orders/" + order.id())).count();
    }

    @Test
    void aCodeOnTheDeliveryNoteWrittenLaterIsSentOnce() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0012", 1).place();
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        String number = links.byCcvId("order", String.valueOf(order.id())).orElseThrow().globeKey();
        String shippingVia = sandbox.salesOrders(order.ordernumberFull()).get(0).text("ShippingVia");
        sandbox.globeAdmin("POST", "orders/" + number + "/deliver", null);
        CcvShopSimulator ccv = sandbox.ccvSim();

        producer.sendBody("direct:order-status-once", null);
        JsonNode sent = ccv.data().get("orders", order.id());
        assertThat(sent.path("status").asInt()).isEqualTo(5);
        assertThat(sent.path("track_and_trace_code").asText()).isEmpty();
        long delivered = patches(ccv, order);

        GlobeRecord note = sandbox.globe().find("OrderHistoryHeader",
                GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber", new BigDecimal(number))).select("ID")).get(0);
        sandbox.globe().merge("OrderHistoryHeader", GlobeKey.number(note.number("ID").longValueExact()),
                Map.of("AdditionalField01", "CD1234567NL"));
        producer.sendBody("direct:order-status-once", null);
        producer.sendBody("direct:order-status-once", null);

        assertThat(patches(ccv, order)).isEqualTo(delivered + 1);
        sent = ccv.data().get("orders", order.id());
        assertThat(sent.path("track_and_trace_code").asText()).isEqualTo("CD1234567NL");
        assertThat(sent.path("track_and_trace_carrier").asText())
                .isEqualTo(Map.of("PNL", "PostNL", "DHL", "DHL").getOrDefault(shippingVia, "PostNL"));
    }
}
