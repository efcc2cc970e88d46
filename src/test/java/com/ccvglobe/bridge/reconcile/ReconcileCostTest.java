package com.ccvglobe.bridge.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvClientSettings;
import com.ccvglobe.bridge.ccvshop.CcvOrderFilter;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.sandbox.SandboxSystems;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.ReconcileResults;
import com.ccvglobe.bridge.state.ReconcileRunRow;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What a reconciliation costs, per page: the CCV calls it reports are the calls the shop received, one list call per
 * page of orders in scope and of products (plus one per product that keeps stock per variant, when variants are
 * linked); the Globe calls it reports are the calls Globe received. docs/reconcile.md extrapolates from these counts.
 */
@QuarkusTest
class ReconcileCostTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    SandboxSystems systems;
    @Inject
    ReconcileResults results;
    @Inject
    CcvClientSettings settings;
    @Inject
    CcvOrders orders;
    @Inject
    ReconcileConfig config;

    @BeforeEach
    void roomierShopLimits() {
        shop.simulator().limits().set(1500, 1000, 30, 3000);
        shop.simulator().limits().reset();
    }

    @AfterEach
    void usualLimits() {
        shop.simulator().limits().set(150, 100, 30, 250);
    }

    private static int pages(long rows, int pageSize) {
        return (int) Math.max(1, (rows + pageSize - 1) / pageSize);
    }

    @Test
    void theCallsARunReportsAreTheCallsTheSystemsReceivedOnePerPage() throws Exception {
        CcvShopSimulator ccv = systems.shop();
        producer.sendBody("direct:stock-sync", null); // links the catalogue: variants are compared too
        // the orders flow's scope (tests: no statuses, only paid), listed before the calls are counted
        long ordersInScope = orders.list(new CcvOrderFilter(null, true, Instant.now().minus(config.window()).toString(), null,
                null, "id")).size();
        ccv.calls().clear();
        systems.globeAdmin("DELETE", "calls", null);

        String summary = producer.requestBody("direct:reconcile-run", "test", String.class);
        Matcher id = Pattern.compile("reconciliation (\\d+):").matcher(summary);
        assertThat(id.find()).as(summary).isTrue();
        ReconcileRunRow run = results.run(Long.parseLong(id.group(1))).orElseThrow();

        Map<String, Integer> perResource = ccv.calls().countsPerResourceMethod();
        assertThat(run.ccvCalls()).as("reported = received by the shop " + perResource)
                .isEqualTo(perResource.values().stream().mapToInt(Integer::intValue).sum());
        long products = ccv.data().all("products").size();
        long variantProducts = ccv.data().all("products").stream().filter(p -> "attribute".equals(p.path("stocktype").asText()))
                .count();
        assertThat(perResource.get("GET orders")).as("order pages").isEqualTo(pages(ordersInScope, settings.pageSize()));
        assertThat(perResource.get("GET products")).as("product pages").isEqualTo(pages(products, settings.pageSize()));
        assertThat(perResource.getOrDefault("GET attributecombinations", 0)).as("one per variant product")
                .isEqualTo((int) variantProducts);

        // the NTLM handshake's first leg (answered 401) is the HTTP client's, not a call the bridge sent
        JsonNode globeLog = systems.globeAdmin("GET", "calls", null);
        JsonNode globeCounts = globeLog.path("counts");
        int globeReceived = 0;
        for (JsonNode call : globeLog.path("calls")) {
            globeReceived += call.path("status").asInt() == 401 ? 0 : 1;
        }
        assertThat(run.globeCalls()).as("reported = received by Globe " + globeCounts).isEqualTo(globeReceived);
        System.out.printf("reconcile cost: %d orders in scope, %d products (%d with variants): CCV %s = %d calls; Globe %s = %d"
                + " calls; checked %s%n", ordersInScope, products, variantProducts, perResource, run.ccvCalls(), globeCounts,
                run.globeCalls(), run.checked());
    }
}
