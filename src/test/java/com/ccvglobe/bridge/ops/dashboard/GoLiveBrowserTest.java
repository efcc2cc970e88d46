package com.ccvglobe.bridge.ops.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The go-live panel in headless Chromium: a fresh installation started paused shows its held flows; the operator runs
 * the checklist, marks the articles link-up report read, is refused a start while the connection check is red, starts
 * flows despite it, and sees what the first orders poll left out. The connection check shows Globe's cost units next
 * to a missing one and the proposed mapping row.
 */
@QuarkusTest
@TestProfile(GoLiveBrowserTest.StartPaused.class)
class GoLiveBrowserTest {

    /** Its own empty state store, flows paused at start, the orders poll on and quick. */
    public static class StartPaused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:golive-browser;DB_CLOSE_DELAY=-1",
                    "bridge.start-paused", "true", "bridge.orders.enabled", "true", "bridge.orders.poll-interval", "1s");
        }
    }

    @TestHTTPResource("/")
    URL root;
    @Inject
    GlobeEntityClient globe;

    @Test
    void operatorWorksThroughTheChecklistAndStartsFlows() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriverWait wait = chromium.wait;
            chromium.signIn(root + "dashboard/?refresh=1", "admin", "admin");

            By customers = By.cssSelector("#go-live-flows li[data-golive-flow='customers']");
            wait.until(ExpectedConditions.visibilityOfElementLocated(customers));
            assertThat(chromium.text(By.id("go-live-state"))).contains("wait for an operator");
            assertThat(chromium.text(customers)).contains("held");
            assertThat(chromium.text(By.id("go-live-flows"))).contains("orders").doesNotContain("operations");

            chromium.click(By.id("go-live-check"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#go-live-checklist li[data-item='articles-linkup']")));
            assertThat(chromium.text(By.cssSelector("#go-live-checklist li[data-item='mapping']"))).startsWith("done");
            assertThat(chromium.text(By.cssSelector("#go-live-checklist li[data-item='connection']"))).startsWith("open")
                    .contains("Test system: credentials valid");
            chromium.click(By.cssSelector("#go-live-checklist li[data-item='articles-linkup'] button.go-live-linkup"));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#go-live-checklist li[data-item='articles-linkup'][data-done='true']")));
            assertThat(chromium.text(By.cssSelector("#go-live-checklist li[data-item='articles-linkup']"))).contains("read by admin");

            chromium.click(By.cssSelector("#go-live-flows li[data-golive-flow='customers'] button.go-live-start"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("go-live-message"), "not started"));
            assertThat(chromium.text(By.id("go-live-message"))).contains("Connection check green");
            assertThat(chromium.text(customers)).contains("held");

            chromium.click(By.id("go-live-despite"));
            chromium.click(By.cssSelector("#go-live-flows li[data-golive-flow='customers'] button.go-live-start"));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#go-live-flows li[data-golive-flow='customers'][data-held='false']")));
            assertThat(chromium.text(customers)).contains("started by admin");
            given().auth().preemptive().basic("viewer", "viewer").get("/api/flows/customers").then().statusCode(200)
                    .body("paused", org.hamcrest.Matchers.equalTo(false));

            chromium.click(By.cssSelector("#go-live-flows li[data-golive-flow='orders'] button.go-live-start"));
            new WebDriverWait(chromium.browser, java.time.Duration.ofSeconds(60))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("go-live-first-poll")));
            int leftOut = given().auth().preemptive().basic("viewer", "viewer").get("/api/go-live").then().statusCode(200)
                    .extract().path("ordersFirstPoll.leftOut");
            assertThat(chromium.text(By.id("go-live-first-poll")))
                    .contains("First orders poll: " + leftOut + " order(s) created between").contains("left out as older than the look-back");

            globe.delete("CostUnit", GlobeKey.code("NL"));
            globe.create("CostUnit", Map.of("Code", "NED", "Description", "Afzetgebied Nederland"));
            try {
                chromium.click(By.id("run-checks"));
                By costUnits = By.cssSelector("#connection-results .codes[data-entity='CostUnit']");
                new WebDriverWait(chromium.browser, java.time.Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(costUnits));
                assertThat(chromium.text(By.cssSelector("#connection-results .codes[data-entity='CostUnit'] tr[data-code='NL']")))
                        .contains("missing").contains("NED \"Afzetgebied Nederland\"");
                assertThat(chromium.text(By.cssSelector("#connection-results .codes[data-entity='CostUnit'] pre.proposal")))
                        .contains("- { country: NL, value: \"NED\" }");
            } finally {
                globe.delete("CostUnit", GlobeKey.code("NED"));
                globe.create("CostUnit", Map.of("Code", "NL", "Description", "Afzetgebied NL"));
            }
        }
    }
}
