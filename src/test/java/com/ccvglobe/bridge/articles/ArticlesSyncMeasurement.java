package com.ccvglobe.bridge.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.ccvglobe.bridge.ccvshop.CcvClientSettings;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.SyncCursors;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Not part of the suite (it runs only with {@code -Dmeasure.articles=true}): counts the CCV calls of a first sync of
 * 2 000 Globe items (1 750 plain items and 50 families of a parent and 4 variants) and of a run with 2 % of them
 * changed, and works out the minutes the client's limiter needs for those calls at CCV's default limits. Run it with
 * raised client and simulator limits so it takes seconds:
 * {@code ./mvnw test -Dtest=ArticlesSyncMeasurement -Dmeasure.articles=true -Dccv.rate-limit.get-per-minute=100000
 * -Dccv.rate-limit.write-per-minute=100000 -Dccv.rate-limit.total-per-minute=100000}. The figures land in
 * {@code target/articles-measurement.txt}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure.articles", matches = "true")
class ArticlesSyncMeasurement {

    static final int GET_PER_MINUTE = 150;
    static final int WRITE_PER_MINUTE = 100;
    static final int TOTAL_PER_MINUTE = 250;

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeConnection globeConnection;
    @Inject
    GlobeEntityClient globe;
    @Inject
    SyncCursors cursors;
    @Inject
    CcvClientSettings settings;

    @Test
    void firstSyncOf2000ItemsAndAnUpdateWith2PercentChanged() throws Exception {
        CcvShopSimulator ccv = shop.simulator();
        int count = Integer.getInteger("measure.articles.items", 2000);
        int families = count / 40;
        int plain = count - families * 5;
        if (settings.totalPerMinute() > TOTAL_PER_MINUTE) {
            ccv.limits().set(100_000, 100_000, 100_000, 100_000).reset();
        }
        SaleableItems.cursorAtNow(cursors);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= plain; i++) {
            items.add(item(String.format("M-%05d", i)));
        }
        for (int f = 1; f <= families; f++) {
            String family = String.format("MF-%03d", f);
            items.add(item(family));
            for (String v : List.of("S-RED", "S-BLUE", "M-RED", "M-BLUE")) {
                items.add(item(family + "-" + v));
            }
        }
        given().contentType("application/json").body(Map.of("Item", items)).post(adminUrl() + "/seed").then().statusCode(200);
        ccv.calls().clear();

        Instant started = Instant.now();
        producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
        Duration firstTook = Duration.between(started, Instant.now());
        Map<String, Integer> first = ccv.calls().countsPerResourceMethod();
        int firstProducts = (int) ccv.data().where("products", p -> p.path("productnumber").asText().startsWith("M")).size();
        assertThat(firstProducts).isEqualTo(plain + families);
        assertThat(ccv.calls().count(429)).isZero();

        ccv.calls().clear();
        int changed = count / 50;
        for (int i = 1; i <= changed; i++) {
            globe.merge("Item", GlobeKey.code(String.format("M-%05d", i * (plain / changed))), Map.of("SalesPrice", new BigDecimal("99.95")));
        }
        started = Instant.now();
        producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
        Duration updateTook = Duration.between(started, Instant.now());
        Map<String, Integer> update = ccv.calls().countsPerResourceMethod();

        StringBuilder out = new StringBuilder();
        out.append("client limits during the run: get ").append(settings.getPerMinute()).append(", write ")
                .append(settings.writePerMinute()).append(", total ").append(settings.totalPerMinute()).append(" per minute\n");
        report(out, "First sync: " + count + " Globe items -> " + (plain + families) + " CCV products (" + families
                + " families of a parent and 4 variants)", first, firstTook);
        out.append(String.format("  CCV calls per product: %.2f%n", first.values().stream().mapToInt(Integer::intValue).sum()
                / (double) (plain + families)));
        report(out, "Update run: " + changed + " of " + count + " items (2 %) with a new price", update, updateTook);
        Files.writeString(Path.of("target/articles-measurement-" + count + ".txt"), out);
        System.out.println(out);
    }

    private static void report(StringBuilder out, String title, Map<String, Integer> calls, Duration took) {
        int total = calls.values().stream().mapToInt(Integer::intValue).sum();
        double bound = (double) total / TOTAL_PER_MINUTE;
        String worst = "total";
        for (Map.Entry<String, Integer> e : calls.entrySet()) {
            double minutes = (double) e.getValue() / (e.getKey().startsWith("GET ") ? GET_PER_MINUTE : WRITE_PER_MINUTE);
            if (minutes > bound) {
                bound = minutes;
                worst = e.getKey();
            }
        }
        out.append("\n").append(title).append("\n  CCV calls: ").append(total).append("\n");
        new TreeMap<>(calls).forEach((k, v) -> out.append(String.format("    %-40s %6d%n", k, v)));
        out.append(String.format("  measured wall time (client limits as above): %.1f s%n", took.toMillis() / 1000.0));
        out.append(String.format("  at CCV's default limits (GET %d, writes %d per resource-method, %d in total per minute;"
                + " the client's 61 s window): at least %.1f minutes, bound by %s%n", GET_PER_MINUTE, WRITE_PER_MINUTE,
                TOTAL_PER_MINUTE, bound * 61 / 60, worst));
    }

    private Map<String, Object> item(String code) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ItemCode", code);
        item.put("Description0", "Meetartikel " + code);
        item.put("SalesPrice", 12.5);
        item.put("SalesCurrency", "EUR");
        item.put("Condition", "A");
        item.put("Type", "S");
        item.put("IsSalesItem", true);
        item.put("IsStockItem", true);
        item.put("Assortment", code.startsWith("MF") ? 2 : 1);
        item.put("SalesVATCode", "2");
        item.put("GLAccountRevenue", "8000");
        item.put("Warehouse", "1");
        return item;
    }

    private String adminUrl() {
        java.net.URI base = java.net.URI.create(globeConnection.baseUrl());
        return base.getScheme() + "://" + base.getAuthority() + "/sandbox-admin";
    }

}
