package com.ccvglobe.bridge.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.ops.RaisedAlerts;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.sandbox.globesim.SandboxGlobe;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Issue 17.3 and the articles part of issue 18, black box against the sandbox simulators: a shop whose catalogue
 * already exists. Before creating anything the articles flow links by SKU across the whole CCV catalogue (read once,
 * in pages of 250): an item the shop sells as an attribute combination updates that combination and never becomes a
 * product, and the stock flow then writes the combination's stock; a SKU the shop has twice is reported and not
 * written; a first sync spends at most 3.1 CCV calls per product.
 */
@QuarkusTest
class ExistingCatalogueTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    SandboxGlobe sandboxGlobe;
    @Inject
    GlobeEntityClient globe;
    @Inject
    GlobeStockReader stockReader;
    @Inject
    SyncCursors cursors;
    @Inject
    ActivityLog activity;
    @Inject
    RaisedAlerts alerts;

    CcvShopSimulator ccv;

    @BeforeEach
    void cursorAtNowAndRoomyLimits() {
        ccv = shop.simulator();
        ccv.limits().set(5000, 5000, 30, 10000).reset();
        SaleableItems.cursorAtNow(cursors);
    }

    @AfterEach
    void defaultLimits() {
        ccv.faults().clear();
        ccv.limits().set(150, 100, 30, 250).reset();
    }

    @Test
    void plainItemsSoldAsCombinationsOfAHandBuiltVariantProductUpdateThoseCombinationsAndGetTheirStock() {
        ObjectNode tshirt = HandBuiltShop.product(ccv, "TSHIRT", "T-shirt", "19.95", true, "attribute");
        ObjectNode redM = HandBuiltShop.combination(ccv, tshirt, "Rood", "M", "TS-RED-M");
        ObjectNode redL = HandBuiltShop.combination(ccv, tshirt, "Rood", "L", "TS-RED-L");
        ObjectNode bluM = HandBuiltShop.combination(ccv, tshirt, "Blauw", "M", "TS-BLU-M");
        SaleableItems.create(globe, "TS-RED-M", "T-shirt rood M", "16.49", Map.of("GTIN", ArticlesFlowTest.ean("871234500101")));
        SaleableItems.create(globe, "TS-RED-L", "T-shirt rood L", "16.49", Map.of("GTIN", ArticlesFlowTest.ean("871234500102"),
                "Condition", "B"));
        SaleableItems.create(globe, "TS-BLU-M", "T-shirt blauw M", "16.49", Map.of());
        int productsBefore = ccv.data().all("products").size();
        viewer().header("X-Requested-With", "test").post("/api/preview/articles/TS-RED-M").then().statusCode(200)
                .body("action", equalTo("update")).body("message", containsString("combination " + redM.path("id").asLong()))
                .body("body.fields.ean_number", equalTo(ArticlesFlowTest.ean("871234500101")));
        ccv.calls().clear();

        run();

        assertThat(ccv.data().all("products")).as("no new product: the items are the TSHIRT's combinations").hasSize(productsBefore);
        for (String sku : List.of("TS-RED-M", "TS-RED-L", "TS-BLU-M")) {
            assertThat(SaleableItems.products(ccv, sku)).as(sku + " never becomes a product").isEmpty();
        }
        assertThat(calls("POST products")).isZero();
        assertThat(combination(redM).path("ean_number").asText()).isEqualTo(ArticlesFlowTest.ean("871234500101"));
        assertThat(combination(redM).path("active").asBoolean()).isTrue();
        assertThat(combination(redL).path("active").asBoolean()).as("blocked in Globe: the combination is switched off").isFalse();
        assertThat(combination(bluM).path("active").asBoolean()).isTrue();
        assertThat(ccv.calls().calls()).filteredOn(c -> c.resourceMethod().equals("PATCH attributecombinations"))
                .as("TS-RED-M (EAN) and TS-RED-L (EAN, active); TS-BLU-M already right").hasSize(2);
        assertThat(activity.find("articles", ActivityStatus.COMMITTED, "TS-RED-M", null, null, 5)).singleElement()
                .satisfies(row -> assertThat(row.summary()).contains("combination " + redM.path("id").asLong())
                        .contains("TSHIRT").contains("ean_number"));

        receive("TS-RED-M", 7);
        receive("TS-BLU-M", 3);
        ccv.calls().clear();
        Exchange stock = producer.send("direct:stock-sync", e -> e.getMessage().setBody(null));
        assertThat(stock.getException()).isNull();

        assertThat(combination(redM).path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("TS-RED-M")).isPositive();
        assertThat(combination(bluM).path("stock").decimalValue()).isEqualByComparingTo(freeInGlobe("TS-BLU-M")).isPositive();
        long redMId = redM.path("id").asLong();
        assertThat(ccv.calls().calls()).filteredOn(c -> c.uri().endsWith("/attributecombinations/" + redMId))
                .singleElement().satisfies(c -> assertThat(c.method()).isEqualTo("PATCH"));

        globe.merge("Item", GlobeKey.code("TS-BLU-M"), Map.of("GTIN", ArticlesFlowTest.ean("871234500103")));
        ccv.calls().clear();
        run();
        assertThat(ccv.calls().calls()).as("linked now: one PATCH of the changed EAN, no catalogue read, no product call")
                .singleElement().satisfies(c -> assertThat(c.method() + " " + c.uri())
                        .endsWith("/attributecombinations/" + bluM.path("id").asLong()));
        assertThat(combination(bluM).path("ean_number").asText()).isEqualTo(ArticlesFlowTest.ean("871234500103"));
    }

    @Test
    void aSkuTheShopHasTwiceIsReportedNotWrittenAndWrittenOnceResolved() {
        ObjectNode first = HandBuiltShop.product(ccv, "DUP-7001", "Dubbel A", "5.00", true, "product");
        ObjectNode second = HandBuiltShop.product(ccv, "DUP-7001", "Dubbel B", "6.00", true, "product");
        SaleableItems.create(globe, "DUP-7001", "Dubbel", "8.00", Map.of());
        ccv.calls().clear();

        run();

        assertThat(ccv.calls().calls()).as("nothing written for a duplicate SKU").allMatch(c -> c.method().equals("GET"));
        assertThat(SaleableItems.products(ccv, "DUP-7001")).hasSize(2);
        assertThat(activity.find("articles", ActivityStatus.SKIPPED, "DUP-7001", null, null, 5)).singleElement()
                .satisfies(row -> assertThat(row.summary()).contains("duplicate SKU").contains("2 times")
                        .contains("product " + first.path("id").asLong()).contains("product " + second.path("id").asLong()));
        assertThat(alerts.all()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(DuplicateSkus.ALERT);
            assertThat(a.record()).isEqualTo("SKU DUP-7001");
        });
        viewer().get("/api/articles/duplicates").then().statusCode(200).body("sku", hasItem("DUP-7001"));

        ccv.data().delete("products", second.path("id").asLong());
        globe.merge("Item", GlobeKey.code("DUP-7001"), Map.of("Description0", "Dubbel opgelost"));
        run();

        assertThat(SaleableItems.product(ccv, "DUP-7001").path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(SaleableItems.product(ccv, "DUP-7001").path("price").decimalValue()).as("8.00 + 21 % VAT")
                .isEqualByComparingTo("9.68");
        viewer().get("/api/articles/duplicates").then().statusCode(200).body("sku", not(hasItem("DUP-7001")));
    }

    @Test
    void aFirstSyncSpendsAtMost3point1CcvCallsPerProductAndNoPerProductLookUp() {
        int count = 80;
        for (int i = 1; i <= count; i++) {
            SaleableItems.create(globe, String.format("CPP-%04d", i), "Telartikel " + i, "3.00", Map.of());
        }
        ccv.calls().clear();

        run();

        for (int i = 1; i <= count; i++) {
            assertThat(SaleableItems.products(ccv, String.format("CPP-%04d", i))).hasSize(1);
        }
        List<SimCallLog.Call> calls = ccv.calls().calls();
        double perProduct = (double) calls.size() / count;
        System.out.printf("first sync of %d plain items: %d CCV calls, %.2f per product: %s%n", count, calls.size(),
                perProduct, ccv.calls().countsPerResourceMethod());
        assertThat(calls).as("no per-product GET products?productnumber=")
                .noneMatch(c -> c.method().equals("GET") && c.uri().contains("productnumber="));
        assertThat(calls).filteredOn(c -> c.resourceMethod().equals("GET products")).as("the catalogue, in pages of 250")
                .isNotEmpty().allMatch(c -> c.uri().contains("size=250") && c.uri().contains("expand=attributecombinations"));
        assertThat(perProduct).isLessThanOrEqualTo(3.1);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String run() {
        return producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
    }

    private ObjectNode combination(ObjectNode seeded) {
        return ccv.data().get("attributecombinations", seeded.path("id").asLong());
    }

    private long calls(String resourceMethod) {
        return ccv.calls().calls().stream().filter(c -> c.resourceMethod().equals(resourceMethod)).count();
    }

    private void receive(String item, int quantity) {
        given().contentType(ContentType.JSON).body(Map.of("itemCode", item, "warehouse", "1", "quantity", quantity))
                .post(sandboxGlobe.simulator().adminUrl() + "/stock").then().statusCode(204);
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

    private static io.restassured.specification.RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer");
    }
}
