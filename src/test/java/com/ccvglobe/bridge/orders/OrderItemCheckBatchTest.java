package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A 120-row order over 116 different items is booked end to end: the article check asks Globe in batches of
 * {@code bridge.orders.item-check-batch-size} (20) item codes, each URL within the 2 048 characters the sandbox Globe
 * (like IIS) accepts; one OR filter of all codes would be answered 414 and park the order, on replay too.
 */
@QuarkusTest
class OrderItemCheckBatchTest {

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ActivityLog activity;

    @Inject
    ParkedMessages parked;

    @Inject
    ItemStates itemCache;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    /** The sandbox Globe's sales items: ART-0001..ART-0050 and the size × colour variants of ART-0040..ART-0050. */
    private static List<String> demoItems() {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            String code = String.format("ART-%04d", i);
            codes.add(code);
            if (i >= 40) {
                for (String size : List.of("S", "M", "L")) {
                    for (String colour : List.of("RED", "BLUE")) {
                        codes.add(code + "-" + size + "-" + colour);
                    }
                }
            }
        }
        return codes;
    }

    @Test
    void aHundredAndTwentyRowOrderIsCheckedInBatchesAndBooked() throws Exception {
        List<String> items = demoItems();
        assertThat(items).hasSize(116);
        SandboxOrders.OrderSpec spec = sandbox.person("NL");
        for (int row = 0; row < 120; row++) {
            spec.freeRow(items.get(row % items.size()), "1", "1.00");
        }
        CcvOrder order = spec.place();
        itemCache.clear(); // items earlier tests' orders used would be served from the cache, not read in batches
        sandbox.globeAdmin("DELETE", "calls", null);

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        assertThat(parked.byKey("orders", String.valueOf(order.id()))).as("not parked").isEmpty();
        List<GlobeRecord> headers = sandbox.salesOrders(order.ordernumberFull());
        assertThat(headers).hasSize(1);
        GlobeRecord header = headers.get(0);
        assertThat(header.number("TotalAmount")).isEqualByComparingTo(order.totalPrice());
        assertThat(sandbox.salesOrderLines(header.text("SalesOrderNumber"))).filteredOn(l -> l.text("Itemcode").startsWith("ART-"))
                .hasSize(120);
        // (a periodic refresh of the item cache, by ModifiedDate, is not part of the check)
        assertThat(sandbox.globeAdmin("GET", "calls", null).path("calls").findParents("resource").stream()
                .filter(c -> c.path("method").asText().equals("GET") && c.path("resource").asText().equals("Item"))
                .filter(c -> !c.path("query").asText("").contains("ModifiedDate")).count())
                .as("116 items (and the order's costs items) in batches of 20").isEqualTo(6);
        assertThat(sandbox.globeAdmin("GET", "calls", null).path("calls").findValuesAsText("status")).doesNotContain("414");
        assertThat(activity.find("orders", null, String.valueOf(order.id()), null, null, 5).get(0).status())
                .isEqualTo(ActivityStatus.COMMITTED);
    }
}
