package com.ccvglobe.bridge.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.CatalogueFindings;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The link-up (issue 17.3), black box against the sandbox simulators with {@code bridge.articles.link-up=on} (in the
 * sandbox it is off by default): the first articles run against a shop that already has products writes nothing to
 * CCV and reports what it would create, update and deactivate; the report is read through the API, runs stay on hold
 * until an operator confirms, then the flow writes.
 */
@QuarkusTest
@TestProfile(LinkUpOn.class)
class ArticlesLinkUpTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeEntityClient globe;
    @Inject
    SyncCursors cursors;
    @Inject
    CatalogueFindings findings;
    @Inject
    ArticlesLinkUp linkUp;
    @Inject
    DataSource dataSource;

    CcvShopSimulator ccv;

    @BeforeEach
    void aBridgeThatNeverRanArticles() throws Exception {
        ccv = shop.simulator();
        ccv.limits().set(5000, 5000, 30, 10000).reset();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sync_cursor WHERE name = '" + ArticleSelection.CURSOR + "'");
        }
        findings.forgetLinkUp();
    }

    @AfterEach
    void defaultLimits() {
        ccv.limits().set(150, 100, 30, 250).reset();
    }

    @Test
    void theFirstRunAgainstAShopWithProductsReportsAndWritesNothingUntilAnOperatorConfirms() {
        HandBuiltShop.product(ccv, "LU-UPD-1", "Bestaand", "1.00", true, "product");
        ObjectNode off = HandBuiltShop.product(ccv, "LU-OFF-1", "Uit het assortiment", "2.00", true, "product");
        ObjectNode shirt = HandBuiltShop.product(ccv, "LUSHIRT", "Shirt", "10.00", true, "attribute");
        ObjectNode combination = HandBuiltShop.combination(ccv, shirt, "Rood", "M", "LU-CMB-1");
        SaleableItems.create(globe, "LU-NEW-1", "Nieuw artikel", "3.00", Map.of());
        SaleableItems.create(globe, "LU-UPD-1", "Bestaand", "4.00", Map.of());
        SaleableItems.create(globe, "LU-OFF-1", "Uit het assortiment", "2.00", Map.of("Condition", "B"));
        SaleableItems.create(globe, "LU-CMB-1", "Shirt rood M", "10.00", Map.of("GTIN", ArticlesFlowTest.ean("871234500201")));
        assertThat(linkUp.status().state()).isEqualTo("waiting");
        assertThat(linkUp.reportRead()).isFalse();
        ccv.calls().clear();

        String summary = run();

        assertThat(summary).contains("link-up: nothing written");
        assertThat(ccv.calls().calls()).as("the link-up only reads CCV").isNotEmpty().allMatch(c -> c.method().equals("GET"));
        assertThat(SaleableItems.products(ccv, "LU-NEW-1")).isEmpty();
        assertThat(cursors.current(ArticleSelection.CURSOR)).as("the first run is still to come").isEmpty();
        assertThat(linkUp.status().state()).isEqualTo("reported");
        assertThat(linkUp.reportRead()).as("nobody opened it yet").isFalse();

        JsonPath view = viewer().get("/api/articles/link-up").then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("report.create.sku", String.class)).contains("LU-NEW-1").doesNotContain("LU-UPD-1", "LU-CMB-1");
        assertThat(line(view, "update", "LU-UPD-1").get("fields")).asList().contains("price");
        assertThat(line(view, "update", "LU-CMB-1").get("target")).asString()
                .contains("combination " + combination.path("id").asLong()).contains("LUSHIRT");
        assertThat(line(view, "update", "LU-CMB-1").get("fields")).asList().contains("ean_number");
        assertThat(line(view, "deactivate", "LU-OFF-1").get("target")).asString().contains("product " + off.path("id").asLong());
        assertThat(view.getList("report.update.sku", String.class)).doesNotContain("LU-OFF-1");
        assertThat(linkUp.status().reportRead()).isTrue();
        assertThat(linkUp.status().readBy()).isEqualTo("viewer");

        ccv.calls().clear();
        run();
        assertThat(ccv.calls().calls()).as("on hold: not even a read until confirmed").isEmpty();

        viewer().header("X-Requested-With", "test").post("/api/articles/link-up/confirm").then().statusCode(403);
        operator().post("/api/articles/link-up/report").then().statusCode(200).body("status.state", equalTo("reported"))
                .body("status.reportRead", equalTo(false)).body("report.create.sku", hasItem("LU-NEW-1"));
        assertThat(ccv.calls().calls()).as("a report made on request writes nothing either").allMatch(c -> c.method().equals("GET"));
        operator().post("/api/articles/link-up/confirm").then().statusCode(200).body("state", equalTo("confirmed"))
                .body("confirmedBy", equalTo("admin"));
        operator().post("/api/articles/link-up/confirm").then().statusCode(409);

        run();

        assertThat(SaleableItems.product(ccv, "LU-NEW-1").path("is_active").asBoolean()).isTrue();
        assertThat(SaleableItems.product(ccv, "LU-UPD-1").path("price").decimalValue()).isEqualByComparingTo("4.84");
        assertThat(SaleableItems.product(ccv, "LU-OFF-1").path("is_active").asBoolean()).isFalse();
        assertThat(ccv.data().get("attributecombinations", combination.path("id").asLong()).path("ean_number").asText())
                .isEqualTo(ArticlesFlowTest.ean("871234500201"));
        assertThat(SaleableItems.products(ccv, "LU-CMB-1")).isEmpty();
        assertThat(cursors.current(ArticleSelection.CURSOR)).isPresent();
        assertThat(linkUp.status().confirmed()).isTrue();
        viewer().get("/api/articles/link-up").then().statusCode(200).body("status.state", equalTo("confirmed"))
                .body("report.create.sku", not(hasItem("LU-UPD-1")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> line(JsonPath view, String list, String sku) {
        List<Map<String, Object>> lines = view.getList("report." + list);
        return lines.stream().filter(l -> sku.equals(l.get("sku"))).findFirst()
                .orElseThrow(() -> new AssertionError(sku + " is not in the report's " + list + " list: " + lines));
    }

    private String run() {
        return producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
    }

    private static RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer");
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }
}
