package com.ccvglobe.bridge.reconcile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.ops.RaisedAlerts;
import com.ccvglobe.bridge.ops.SandboxShoppers;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.ReconcileResults;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.stock.StockQuantities;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;

/**
 * The reconciliation against the sandbox simulators: a booked order deleted in Globe shows as missing (gauge up, alert),
 * a sales order entered in Globe by hand with a web reference as unexplained, a CCV stock value changed in the shop as
 * drift that a stock run removes; the CSV lists the API's rows; POST /api/reconcile is for operators.
 */
@QuarkusTest
class ReconcileFlowTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    SandboxShoppers shoppers;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeEntityClient globe;
    @Inject
    GlobeDocumentWriter documents;
    @Inject
    RecordLinks links;
    @Inject
    CcvProducts products;
    @Inject
    ReconcileResults results;
    @Inject
    RaisedAlerts alerts;
    @Inject
    StockQuantities quantities;

    @BeforeEach
    void roomierShopLimits() {
        shop.simulator().limits().set(1500, 1000, 30, 3000);
        shop.simulator().limits().reset();
    }

    @AfterEach
    void usualLimits() {
        shop.simulator().limits().set(150, 100, 30, 250);
    }

    /** Runs a reconciliation to its end; returns the run id. */
    private long reconcile() {
        String summary = producer.requestBody("direct:reconcile-run", "test", String.class);
        Matcher id = Pattern.compile("reconciliation (\\d+):").matcher(String.valueOf(summary));
        assertThat(id.find()).as("summary: " + summary).isTrue();
        return Long.parseLong(id.group(1));
    }

    private List<ReconcileDifference> differences(long run, String category, String kind, String key) {
        return results.differences(run, category, kind, key).stream().filter(d -> d.key().equals(key)).toList();
    }

    private static double gauge(String category) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^bridge_reconcile_differences\\{category=\"" + category + "\"[^}]*\\} ([0-9.E+-]+)$")
                .matcher(metrics);
        assertThat(m.find()).as("gauge of " + category).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void anOrderDeletedInGlobeIsMissingRaisesTheGaugeAndAnAlert() {
        SandboxShoppers.PlacedOrder order = shoppers.personBuys("ART-0005", 1);
        producer.sendBody("direct:orders-sync-order", order.key());
        String number = links.byCcvId("order", order.key()).orElseThrow().globeKey();
        long before = reconcile();
        assertThat(differences(before, "orders", "missing", order.key())).as("booked and in Globe").isEmpty();
        double gaugeBefore = gauge("orders");
        int alertsBefore = alerts.all().size();

        globe.delete("SalesOrderHeader", GlobeKey.code(number));
        long after = reconcile();

        assertThat(differences(after, "orders", "missing", order.key())).singleElement().satisfies(d -> {
            assertThat(d.reason()).contains("booked by the bridge as " + number).contains("no document");
            assertThat(d.ccvValue()).contains(order.order().path("ordernumber_full").asText());
        });
        assertThat(results.counts(after).get("orders")).isEqualTo(results.counts(before).getOrDefault("orders", 0L) + 1);
        assertThat(gauge("orders")).isEqualTo(gaugeBefore + 1);
        assertThat(alerts.all().subList(alertsBefore, alerts.all().size()))
                .anySatisfy(a -> {
                    assertThat(a.kind()).isEqualTo(Reconciliation.MISSING_ORDERS);
                    assertThat(a.record()).isEqualTo("run " + after);
                });
    }

    @Test
    void aSalesOrderEnteredInGlobeByHandWithAWebReferenceIsUnexplained() {
        String reference = "9" + (System.nanoTime() % 1_000_000_000L);
        Map<String, Object> line = new HashMap<>(Map.of("Itemcode", "ART-0003", "Quantity", 1, "Price", 10, "Warehouse", "1"));
        GlobeDocument manual = documents.write(GlobeDocumentType.SALES_ORDER, List.of(line),
                Map.of("OrderDebtor", "1000", "YourReference", reference, "Warehouse", "1"));
        String manualReference = "PHONE-" + reference;
        GlobeDocument notWeb = documents.write(GlobeDocumentType.SALES_ORDER, List.of(line),
                Map.of("OrderDebtor", "1000", "YourReference", manualReference, "Warehouse", "1"));

        long run = reconcile();

        assertThat(differences(run, "orders", "unexplained", manual.number().trim())).singleElement()
                .satisfies(d -> assertThat(d.globeValue()).isEqualTo("YourReference " + reference));
        assertThat(differences(run, "orders", null, notWeb.number().trim())).as("not a web reference").isEmpty();
    }

    @Test
    void aStockValueChangedInTheShopIsDriftUntilTheNextStockRun() {
        producer.sendBody("direct:stock-sync", null); // baseline: links the catalogue, sends what differs
        long id = shop.simulator().data().all("products").stream()
                .filter(p -> "ART-0003".equals(p.path("productnumber").asText())).findFirst().orElseThrow().path("id").asLong();
        BigDecimal sent = quantities.now().get("ART-0003");
        assertThat(products.product(id).stock()).as("in step after the stock run").isEqualByComparingTo(sent);
        products.setStock(id, sent.add(new BigDecimal("37"))); // a manual edit in the shop

        long drifted = reconcile();
        assertThat(differences(drifted, "stock", "drift", "ART-0003")).singleElement().satisfies(d -> {
            assertThat(new BigDecimal(d.ccvValue())).isEqualByComparingTo(sent.add(new BigDecimal("37")));
            assertThat(new BigDecimal(d.globeValue())).isEqualByComparingTo(sent);
            assertThat(d.reason()).contains("the next stock run sends it again");
        });

        producer.sendBody("direct:stock-sync", null);
        assertThat(products.product(id).stock()).isEqualByComparingTo(sent);
        long settled = reconcile();
        assertThat(differences(settled, "stock", null, "ART-0003")).isEmpty();
    }

    @Test
    void theCsvListsTheSameRowsAsTheApi() {
        Map<String, Object> line = new HashMap<>(Map.of("Itemcode", "ART-0003", "Quantity", 1, "Price", 10, "Warehouse", "1"));
        GlobeDocument manual = documents.write(GlobeDocumentType.SALES_ORDER, List.of(line), Map.of("OrderDebtor", "1000",
                "YourReference", "8" + (System.nanoTime() % 1_000_000_000L), "Warehouse", "1"));
        long run = reconcile();
        List<Map<String, Object>> api = given().auth().preemptive().basic("viewer", "viewer")
                .queryParam("run", run).get("/api/reconcile/differences").then().statusCode(200)
                .extract().as(new TypeRef<List<Map<String, Object>>>() {
                });
        String csv = given().auth().preemptive().basic("viewer", "viewer").queryParam("run", run)
                .get("/api/reconcile/differences.csv").then().statusCode(200).contentType(containsCsv()).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(ReconcileCsv.HEADER);
        assertThat(api).as("the hand-made document is listed").anySatisfy(r -> assertThat(r.get("key")).isEqualTo(manual.number().trim()));
        List<String> fromApi = new ArrayList<>();
        for (Map<String, Object> row : api) {
            fromApi.add(run + "," + row.get("category") + "," + row.get("kind") + "," + row.get("key"));
        }
        List<String> fromCsv = lines.subList(1, lines.size()).stream()
                .map(l -> String.join(",", List.of(l.split(",", -1)).subList(0, 4))).toList();
        assertThat(fromCsv).containsExactlyElementsOf(fromApi);

        List<Map<String, Object>> stockOnly = given().auth().preemptive().basic("viewer", "viewer")
                .queryParam("run", run).queryParam("category", "orders").get("/api/reconcile/differences").then()
                .statusCode(200).extract().as(new TypeRef<List<Map<String, Object>>>() {
                });
        assertThat(stockOnly).allSatisfy(r -> assertThat(r.get("category")).isEqualTo("orders"));
    }

    private static String containsCsv() {
        return "text/csv; charset=UTF-8";
    }

    @Test
    void operatorsStartARunThroughTheApiViewersMayNot() {
        given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test").post("/api/reconcile")
                .then().statusCode(403);
        Number runId = given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .post("/api/reconcile").then().statusCode(202).extract().path("runId");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"running".equals(results.run(runId.longValue()).orElseThrow().status()));
        Map<String, Object> overview = given().auth().preemptive().basic("viewer", "viewer").get("/api/reconcile").then()
                .statusCode(200).extract().as(new TypeRef<Map<String, Object>>() {
                });
        assertThat(results.run(runId.longValue()).orElseThrow().status()).isEqualTo("finished");
        assertThat(results.run(runId.longValue()).orElseThrow().ccvCalls()).as("CCV calls spent").isPositive();
        assertThat(overview).containsKeys("run", "counts", "runs");
    }

    @Test
    void anArticleSyncedByTheArticlesFlowMatchesUntilItsPriceIsChangedInTheShop() {
        producer.sendBody("direct:articles-item", "ART-0007");
        long id = links.byGlobeKey("product", "ART-0007").map(l -> Long.parseLong(l.ccvId())).orElseThrow();
        long synced = reconcile();
        assertThat(differences(synced, "articles", null, "ART-0007")).as("just synced").isEmpty();

        BigDecimal price = products.product(id).price();
        products.update(id, Map.of("price", price.add(new BigDecimal("5.00")))); // a manual edit in the shop
        long edited = reconcile();

        assertThat(differences(edited, "articles", null, "ART-0007")).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("price");
            assertThat(new BigDecimal(d.ccvValue())).isEqualByComparingTo(price.add(new BigDecimal("5.00")));
            assertThat(new BigDecimal(d.globeValue())).isEqualByComparingTo(price);
            assertThat(d.action()).isEqualTo("article-sync");
        });
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .post("/api/reconcile/articles/ART-0007/sync").then().statusCode(200);
        assertThat(products.product(id).price()).isEqualByComparingTo(price);
    }

    @Test
    void aDebtorWhoseEmailChangedInGlobeIsListedWithTheNewAddressMaskedOnly() {
        SandboxShoppers.PlacedOrder order = shoppers.personBuys("ART-0005", 1);
        producer.sendBody("direct:orders-sync-order", order.key());
        String email = order.order().path("customer").path("email").asText();
        GlobeRecord debtor = globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email))).orElseThrow();
        String number = debtor.text("DebtorNumber");
        long linked = reconcile();
        assertThat(differences(linked, "customers", null, number)).as("the debtor still has the address").isEmpty();

        String changed = "changed." + System.nanoTime() + "@example.org";
        globe.merge("Account", GlobeKey.guid(debtor.text("ID")), Map.of("EmailAddress", changed));
        long run = reconcile();

        assertThat(differences(run, "customers", "email", number)).singleElement().satisfies(d -> {
            assertThat(d.globeValue()).isEqualTo(com.ccvglobe.bridge.support.Mask.email(changed)).doesNotContain(changed);
            assertThat(String.join(" ", d.ccvValue(), d.globeValue(), d.reason())).doesNotContain(email).doesNotContain("changed.");
        });
    }
}
