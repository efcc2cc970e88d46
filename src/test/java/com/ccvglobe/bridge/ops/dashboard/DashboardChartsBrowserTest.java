package com.ccvglobe.bridge.ops.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.ccvglobe.bridge.ops.SandboxShoppers;
import com.ccvglobe.bridge.ops.charts.CallSampler;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.LastSentValues;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;

/**
 * The dashboard's charts in headless Chromium: a synced sandbox order, a parked order and a stock run in the activity
 * log, CCV calls sampled; every chart has a canvas, its points are the API's numbers, its text alternative lists them;
 * a running stock run shows a progress bar with its ETA; the reconciliation panel lists the API's differences, with a
 * button where the API names an action.
 */
@QuarkusTest
class DashboardChartsBrowserTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    ProducerTemplate producer;
    @Inject
    SandboxShoppers shoppers;
    @Inject
    ActivityLog activity;
    @Inject
    CallSampler sampler;
    @Inject
    LastSentValues lastSent;

    private static Map<String, Object> charts() {
        return given().auth().preemptive().basic("viewer", "viewer").get("/api/charts").then().statusCode(200).extract()
                .as(new TypeRef<Map<String, Object>>() {
                });
    }

    @SuppressWarnings("unchecked")
    private static List<Number> series(Map<String, Object> charts, String chart, String name) {
        Map<String, Object> series = (Map<String, Object>) charts.get(chart);
        return name == null ? (List<Number>) series.get("x") : ((Map<String, List<Number>>) series.get("y")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Number>> drawn(HeadlessChromium chromium, String chart) {
        Object data = ((JavascriptExecutor) chromium.browser).executeScript(
                "var c = window.bridgeCharts && window.bridgeCharts[arguments[0]]; return c ? c.data : null;", chart);
        return data == null ? null : (List<List<Number>>) data;
    }

    private static List<Double> doubles(List<? extends Number> numbers) {
        List<Double> out = new ArrayList<>();
        numbers.forEach(n -> out.add(n == null ? null : n.doubleValue()));
        return out;
    }

    /** Whether the chart shows exactly the API's series (the API is asked again each time: an hour may roll over). */
    private static boolean matches(HeadlessChromium chromium, String chart, String source, List<String> names) {
        List<List<Number>> points = drawn(chromium, chart);
        Map<String, Object> api = charts();
        if (points == null || !doubles(points.get(0)).equals(doubles(series(api, source, null)))) {
            return false;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!doubles(points.get(i + 1)).equals(doubles(series(api, source, names.get(i))))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyChartDrawsTheApisNumbersWithATextAlternativeAndARunningStockRunShowsItsProgress() throws Exception {
        SandboxShoppers.PlacedOrder booked = shoppers.personBuys("ART-0005", 1);
        producer.sendBody("direct:orders-sync-order", booked.key());
        Instant now = Instant.now();
        String parkedKey = "chart-" + System.nanoTime();
        activity.append(new ActivityEntry(null, "orders", parkedKey, ActivityStatus.PARKED, 1, now.minusSeconds(3 * 3600 + 5),
                now.minusSeconds(3 * 3600), null, "order " + parkedKey, "VATCode", "test: parked for the chart", null));
        for (int i = 0; i < 3; i++) {
            activity.append(new ActivityEntry(null, "stock", "CHART-" + i, ActivityStatus.COMMITTED, 1,
                    now.minusSeconds(7200 + i * 20L), now.minusSeconds(7190 + i * 20L), null, null, null, null, "stock"));
        }
        sampler.sample();
        String running = "{\"runId\":\"stock-chart\",\"kind\":\"sync\",\"instance\":\"test\",\"startedAt\":\""
                + now.minusSeconds(40) + "\",\"phase\":\"sending\",\"changes\":10,\"sent\":4}";
        lastSent.recordSent("stock-run", "status", running);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.signIn(root + "dashboard/?refresh=1", "viewer", "viewer");
            for (String chart : List.of("orders", "latency", "calls", "runs")) {
                chromium.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-" + chart + " canvas")));
            }
            chromium.wait.withTimeout(Duration.ofSeconds(30)).until(d -> matches(chromium, "orders", "volume", List.of("booked", "parked")));
            chromium.wait.withTimeout(Duration.ofSeconds(30)).until(d -> matches(chromium, "latency", "latency", List.of("p50", "p95")));
            chromium.wait.withTimeout(Duration.ofSeconds(30)).until(d -> matches(chromium, "calls", "calls",
                    List.of("ccv", "globe", "limitTotal", "limitGet")));

            List<Number> parked = series(charts(), "volume", "parked");
            List<Number> hours = series(charts(), "volume", null);
            int parkedHour = -1;
            for (int i = 0; i < hours.size(); i++) {
                if (hours.get(i).longValue() <= now.minusSeconds(3 * 3600).getEpochSecond()) {
                    parkedHour = i;
                }
            }
            assertThat(parked.get(parkedHour).intValue()).as("the parked order's hour").isPositive();
            String hourRow = "#chart-orders-numbers tr[data-x='" + hours.get(parkedHour).longValue() + "']";
            assertThat(chromium.column(hourRow, 2)).as("text alternative of the parked hour")
                    .containsExactly(String.valueOf(parked.get(parkedHour).intValue()));
            assertThat(doubles(series(charts(), "volume", "booked")).stream().mapToDouble(Double::doubleValue).sum())
                    .as("the synced order is counted").isPositive();
            assertThat(doubles(series(charts(), "calls", "ccv")).stream().mapToDouble(Double::doubleValue).sum())
                    .as("the sync's CCV calls are sampled").isPositive();

            List<List<Number>> runs = drawn(chromium, "runs");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> apiRuns = (List<Map<String, Object>>) charts().get("runs");
            assertThat(doubles(runs.get(0))).containsExactlyElementsOf(doubles(apiRuns.stream().map(r -> (Number) r.get("start")).toList()));
            assertThat(apiRuns).anySatisfy(r -> {
                assertThat(r.get("flow")).isEqualTo("stock");
                assertThat(((Number) r.get("messages")).intValue()).isGreaterThanOrEqualTo(3);
                assertThat(((Number) r.get("seconds")).intValue()).isGreaterThanOrEqualTo(50);
            });

            By bar = By.cssSelector("#run-progress .run-progress[data-flow='stock']");
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(bar));
            assertThat(chromium.text(bar)).contains("4 of 10").containsPattern("ETA \\d+ s");
            assertThat(chromium.browser.findElement(By.cssSelector("#run-progress progress")).getAttribute("value")).isEqualTo("4");

            // the reconciliation panel: the API's differences, one row each, an action button where the API names one
            producer.sendBody("direct:stock-sync", null); // links the demo catalogue: its products differ from the mapping
            producer.requestBody("direct:reconcile-run", "test", String.class);
            List<Map<String, Object>> differences = given().auth().preemptive().basic("viewer", "viewer")
                    .get("/api/reconcile/differences").then().statusCode(200).extract()
                    .as(new TypeRef<List<Map<String, Object>>>() {
                    });
            assertThat(differences).isNotEmpty();
            chromium.wait.withTimeout(Duration.ofSeconds(30)).until(d -> chromium.column("#reconcile-table tbody tr", 2)
                    .equals(differences.stream().map(r -> String.valueOf(r.get("key"))).toList()));
            long withAction = differences.stream().filter(r -> r.get("action") != null).count();
            assertThat(chromium.browser.findElements(By.cssSelector("#reconcile-table button.reconcile-action"))).hasSize((int) withAction);
            chromium.screenshot(java.nio.file.Path.of("target/screenshots/dashboard-charts.png")); // under target/, not docs/
        } finally {
            lastSent.recordSent("stock-run", "status", running.replace("\"sending\"", "\"finished\""));
        }
    }
}
