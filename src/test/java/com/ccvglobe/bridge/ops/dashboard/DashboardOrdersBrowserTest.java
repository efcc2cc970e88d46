package com.ccvglobe.bridge.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.mapping.MappingStatus;
import com.ccvglobe.bridge.ops.SandboxShoppers;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The browser scenario with real sandbox orders, in headless Chromium: a shopper's order placed in the CCV
 * Shop simulator is synced through the orders flow and shows as COMMITTED with its Globe sales order number; a broken
 * mapping (NL 21 % mapped to a VAT code Globe does not have) parks the next order naming the field; after the mapping
 * is fixed and reloaded, Replay in the page books it. The flows table shows the orders flow with its poll cursor; the connection check passes for both sandbox systems. Saves a screenshot under target/screenshots/.
 */
@QuarkusTest
class DashboardOrdersBrowserTest {

    private static final Path USER_MAPPING = Path.of("target/test-classes/mapping/test-user-mapping.yaml");
    /** Under target/: a test run never writes over the README's picture in docs/images/. */
    private static final Path SCREENSHOT = Path.of("target/screenshots/dashboard-orders.png");
    private static final BigDecimal HIGH_RATE = new BigDecimal("21");

    @TestHTTPResource("/")
    URL root;
    @Inject
    ProducerTemplate producer;
    @Inject
    SandboxShoppers shoppers;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;
    @Inject
    MappingRegistry mapping;
    @Inject
    MappingStatus mappingStatus;

    @Test
    void committedSandboxOrderThenAnOrderParkedByABrokenMappingIsReplayedAfterTheFix() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            SandboxShoppers.PlacedOrder committed = shoppers.personBuys("ART-0005", 2);
            producer.sendBody("direct:orders-sync-order", committed.key());
            String globeNumber = activity.find("orders", ActivityStatus.COMMITTED, committed.key(), null, null, 1).get(0).targetRef();
            assertThat(globeNumber).as("the Globe sales order number").isNotBlank();

            chromium.signIn(root + "dashboard/?refresh=1", "admin", "admin");
            By committedRow = activityRow(committed.key(), "COMMITTED");
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(committedRow));
            assertThat(chromium.text(committedRow)).contains("orders").contains(globeNumber);
            producer.sendBody("direct:orders-poll-once", null); // the poll confirms the orders cursor
            By ordersFlow = By.cssSelector("#flows-table tr[data-flow='orders']");
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(ordersFlow, "orders.min-create-date = "));
            assertThat(chromium.text(ordersFlow)).contains("running").contains("committed");

            String original = Files.readString(USER_MAPPING);
            SandboxShoppers.PlacedOrder broken;
            try {
                writeMapping(original + "\nvat:\n  codes:\n    - { country: NL, rate: 21, code: \"X21\" }\n");
                await().atMost(Duration.ofSeconds(10)).until(() -> "X21".equals(highRateNl()));

                broken = shoppers.personBuys("ART-0005", 1);
                producer.sendBody("direct:orders-sync-order", broken.key());
                assertThat(parked.byKey("orders", broken.key())).as("parked at once (bad data, no retries)")
                        .hasValueSatisfying(p -> assertThat(p.reason()).contains("VATCode").contains("X21"));

                By parkedRow = By.cssSelector("#parked-table tr[data-key='" + broken.key() + "']");
                chromium.wait.until(ExpectedConditions.presenceOfElementLocated(parkedRow));
                assertThat(chromium.text(parkedRow)).contains("orders").contains("field VATCode")
                        .contains("VAT code 'X21'").contains("does not exist in Exact Globe");
            } finally {
                writeMapping(original); // the fix
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> "2".equals(highRateNl()) && mappingStatus.snapshot().lastError().isEmpty());

            chromium.click(By.cssSelector("#parked-table tr[data-key='" + broken.key() + "'] button.replay"));

            chromium.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#parked-table tr[data-key='" + broken.key() + "']"), 0));
            By replayedRow = activityRow(broken.key(), "COMMITTED");
            chromium.wait.until(ExpectedConditions.presenceOfElementLocated(replayedRow));
            String replayedNumber = activity.find("orders", ActivityStatus.COMMITTED, broken.key(), null, null, 1).get(0).targetRef();
            assertThat(replayedNumber).isNotBlank().isNotEqualTo(globeNumber);
            assertThat(chromium.text(replayedRow)).contains(replayedNumber);
            assertThat(chromium.text(activityRow(broken.key(), "PARKED"))).as("the failed attempt stays in the log")
                    .contains("VATCode");
            assertThat(chromium.text(By.id("notice"))).contains("Replay of " + broken.key() + ": COMMITTED");
            assertThat(parked.byKey("orders", broken.key())).isEmpty();

            // the picture: the orders flow's activity only (other tests share the app) and the checks
            chromium.select(By.id("filter-flow"), "orders");
            chromium.click(By.cssSelector("#activity-filter button[type='submit'], #activity-filter input[type='submit']"));
            chromium.wait.until(driver -> {
                List<String> flows = chromium.column("#activity-table tbody tr[data-id]", 1);
                return !flows.isEmpty() && flows.stream().allMatch("orders"::equals);
            });
            chromium.click(By.id("run-checks"));
            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection-results"), "Exact Globe"));
            assertThat(chromium.text(By.id("connection-results"))).contains("CCV Shop ✓").contains("Exact Globe ✓")
                    .contains("clock skew").contains("stock SQL readable");

            chromium.screenshot(SCREENSHOT);
        }
    }

    private static By activityRow(String key, String status) {
        return By.cssSelector("#activity-table tr[data-key='" + key + "'][data-status='" + status + "']");
    }

    private String highRateNl() {
        return mapping.current().vat().codeFor(HIGH_RATE, "NL", false, false, "test");
    }

    /** Rewrites the user mapping with a modification time the reload cannot miss (file systems keep whole seconds). */
    private static void writeMapping(String yaml) throws Exception {
        FileTime before = Files.getLastModifiedTime(USER_MAPPING);
        Files.writeString(USER_MAPPING, yaml);
        Instant later = before.toInstant().plusSeconds(2);
        Files.setLastModifiedTime(USER_MAPPING, FileTime.from(later.isAfter(Instant.now()) ? later : Instant.now()));
    }
}
