package com.ccvglobe.bridge.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.exactglobe.StockLevel;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.globesim.SandboxGlobe;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The stock flow against the sandbox simulators: Globe stock read over JDBC from the Globe simulator's database,
 * written to the CCV simulator through the signed client. Runs are started synchronously through
 * {@code direct:stock-sync}.
 */
@QuarkusTest
class StockFlowTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    SandboxGlobe globe;
    @Inject
    GlobeStockReader stockReader;
    @Inject
    GlobeDocumentWriter documents;
    @Inject
    LastSentValues lastSent;
    @Inject
    ParkedMessages parked;
    @Inject
    com.ccvglobe.bridge.state.RecordLinks links;
    @Inject
    com.ccvglobe.bridge.mapping.MappingRegistry mapping;
    @Inject
    StockProgress progress;

    @BeforeEach
    void roomierShopLimits() {
        // The %test profile raises the client's pacing; the simulator's limits follow so that tests stay quick.
        shop.simulator().limits().set(1500, 1000, 30, 3000);
    }

    @AfterEach
    void clearFaults() {
        shop.simulator().faults().clear();
        shop.simulator().limits().set(150, 100, 30, 250);
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }

    private StockRun run() {
        Exchange done = producer.send("direct:stock-sync", e -> e.getMessage().setBody(null));
        assertThat(done.getException()).isNull();
        return done.getProperty(StockPlanner.RUN_PROPERTY, StockRun.class);
    }

    private CcvShopSimulator ccv() {
        return shop.simulator();
    }

    private long stockWrites() {
        return ccv().calls().calls().stream()
                .filter(c -> c.method().equals("PATCH") && (c.resourceMethod().endsWith("products") || c.resourceMethod().endsWith("attributecombinations")))
                .filter(c -> c.status() < 300).count();
    }

    private void receive(String item, String warehouse, int quantity) {
        given().contentType(ContentType.JSON).body(Map.of("itemCode", item, "warehouse", warehouse, "quantity", quantity))
                .post(globe.simulator().adminUrl() + "/stock").then().statusCode(204);
    }

    private BigDecimal freeInGlobe(String item) {
        BigDecimal[] free = { BigDecimal.ZERO };
        stockReader.read(level -> {
            if (level.itemCode().equals(item) && level.warehouse().equals("1")) {
                free[0] = free[0].add(level.free());
            }
        });
        return free[0];
    }

    private Optional<ObjectNode> product(String sku) {
        return ccv().data().where("products", p -> sku.equals(p.path("productnumber").asText())).stream().findFirst();
    }

    private Optional<ObjectNode> combination(String sku) {
        return ccv().data().where("attributecombinations", c -> sku.equals(c.path("sku_number").asText())).stream().findFirst();
    }

    @Test
    void onlyChangedSkusAreSentAndTheSecondRunSendsNothing() {
        receive("ART-0007", "1", 20); // order tests book ART-0007: its free stock stays above the 2 taken out below
        run(); // baseline: links the catalogue and sends what differs
        ccv().calls().clear();
        StockRun quiet = run();
        assertThat(quiet.changes()).isZero();
        assertThat(ccv().calls().calls()).as("no CCV call when nothing changed").isEmpty();

        receive("ART-0003", "1", 5);
        receive("ART-0007", "1", -2);
        StockRun changed = run();

        assertThat(changed.changes()).isEqualTo(2);
        assertThat(stockWrites()).isEqualTo(2);
        assertThat(ccv().calls().calls()).as("exactly the changes, nothing else").hasSize(2);
        assertThat(product("ART-0003").orElseThrow().path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("ART-0003"));
        assertThat(product("ART-0007").orElseThrow().path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("ART-0007"));
        assertThat(lastSent.get("stock", "ART-0003")).contains(freeInGlobe("ART-0003").stripTrailingZeros().toPlainString());
    }

    @Test
    void aCommittedGlobeSalesOrderLowersFreeStockAndTheNextRunSendsIt() {
        run();
        BigDecimal before = freeInGlobe("ART-0011");
        Map<String, Object> line = new HashMap<>(Map.of("Itemcode", "ART-0011", "Quantity", 3, "Price", 10, "Warehouse", "1"));
        documents.write(GlobeDocumentType.SALES_ORDER, List.of(line),
                Map.of("OrderDebtor", "1000", "YourReference", "STOCK-TEST-" + System.nanoTime(), "Warehouse", "1"));
        assertThat(freeInGlobe("ART-0011")).isEqualByComparingTo(before.subtract(new BigDecimal("3")));

        ccv().calls().clear();
        run();

        assertThat(product("ART-0011").orElseThrow().path("stock").decimalValue()).isEqualByComparingTo(before.subtract(new BigDecimal("3")));
        assertThat(stockWrites()).isEqualTo(1);
    }

    @Test
    void variantStockGoesToTheAttributeCombination() {
        run();
        receive("ART-0041-M-BLUE", "1", 4);
        ccv().calls().clear();

        run();

        long combinationId = combination("ART-0041-M-BLUE").orElseThrow().path("id").asLong();
        assertThat(ccv().calls().calls()).filteredOn(call -> call.uri().contains("/" + combinationId))
                .singleElement().satisfies(call -> assertThat(call.resourceMethod()).isEqualTo("PATCH attributecombinations"));
        assertThat(ccv().calls().calls()).as("no product-level write for a variant")
                .noneMatch(call -> call.resourceMethod().equals("PATCH products"));
        assertThat(combination("ART-0041-M-BLUE").orElseThrow().path("stock").decimalValue())
                .isEqualByComparingTo(freeInGlobe("ART-0041-M-BLUE"));
    }

    @Test
    void aSkuWithoutCcvProductIsReportedNotFatal() {
        receive("ART-9001", "1", 7); // in Globe, not in the shop
        receive("ART-0013", "1", 1);

        StockRun result = run();

        assertThat(result.unlinked()).isGreaterThanOrEqualTo(1);
        assertThat(result.unlinkedSample()).contains("ART-9001");
        assertThat(product("ART-0013").orElseThrow().path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("ART-0013"));
    }

    @Test
    void rateLimitAndServerErrorBurstsMidRunStillLandEveryChangeOnce() {
        run();
        List<String> skus = List.of("ART-0015", "ART-0016", "ART-0017", "ART-0018", "ART-0019", "ART-0021");
        skus.forEach(sku -> receive(sku, "1", 2));
        ccv().calls().clear();
        ccv().faults().rateLimitBurst(2, "PATCH products");

        run();
        ccv().faults().clear();
        skus.forEach(sku -> receive(sku, "1", 1));
        ccv().faults().serverErrors(2, "PATCH products");
        run();

        for (String sku : skus) {
            assertThat(product(sku).orElseThrow().path("stock").decimalValue()).as(sku).isEqualByComparingTo(freeInGlobe(sku));
            assertThat(parked.isParked("stock", sku)).isFalse();
        }
        long successfulWrites = stockWrites();
        assertThat(successfulWrites).as("each change landed once per run").isEqualTo(2L * skus.size());
        assertThat(ccv().calls().count(429)).isEqualTo(2);
        assertThat(ccv().calls().count(500)).isEqualTo(2);
    }

    @Test
    void perAssortmentSafetyBufferFromTheMappingIsHeldBack() throws Exception {
        run();
        java.nio.file.Path userMapping = java.nio.file.Path.of("target/test-classes/mapping/test-user-mapping.yaml");
        String original = java.nio.file.Files.readString(userMapping);
        try {
            java.nio.file.Files.writeString(userMapping, original + "\nstock:\n  safety-buffer:\n    by-assortment:\n      \"2\": 3\n");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> !mapping.current().stock().safetyBufferByAssortment().isEmpty());
            receive("ART-0042-L-RED", "1", 10); // assortment 2 (clothing)
            receive("ART-0022", "1", 10); // assortment 1: no buffer

            run();

            assertThat(combination("ART-0042-L-RED").orElseThrow().path("stock").decimalValue())
                    .isEqualByComparingTo(freeInGlobe("ART-0042-L-RED").subtract(new BigDecimal("3")).max(BigDecimal.ZERO));
            assertThat(product("ART-0022").orElseThrow().path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("ART-0022"));
        } finally {
            java.nio.file.Files.writeString(userMapping, original);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> mapping.current().stock().safetyBufferByAssortment().isEmpty());
        }
    }

    @Test
    void apiStartsARunAndResyncSendsEverythingAgain() {
        run();
        ccv().calls().clear();

        given().post("/api/stock/resync").then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test").post("/api/stock/resync")
                .then().statusCode(403);
        String resync = operator().post("/api/stock/resync").then().statusCode(202).extract().path("runId");

        // Every SKU with stock and a CCV product is sent again, once, and recorded as sent again.
        awaitFinished(resync);
        long resent = stockWrites();
        assertThat(resent).isEqualTo(lastSent.all("stock").size());
        java.util.Set<String> stocked = new java.util.HashSet<>();
        stockReader.read(level -> stocked.add(level.itemCode()));
        java.util.Set<String> linked = new java.util.HashSet<>(links.byGlobeKeys("product", stocked).keySet());
        linked.addAll(links.byGlobeKeys("combination", stocked).keySet());
        assertThat(resent).as("every stocked SKU with a CCV product or combination").isEqualTo(linked.size());

        awaitFinished(operator().post("/api/stock/sync").then().statusCode(202).extract().path("runId"));
        assertThat(stockWrites()).isEqualTo(resent);
    }

    private void awaitFinished(String runId) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> progress.stored()
                .filter(run -> run.runId().equals(runId) && run.phase().equals("finished")).isPresent());
    }
}
