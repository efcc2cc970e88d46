package com.ccvglobe.bridge.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.ccvglobe.bridge.ops.OpsTestTarget;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard end to end in headless Chromium (Debian's chromium + chromium-driver): sign in, see the flows,
 * see a parked message, fix the cause, replay it from the page and see it committed, run the connection check.
 * Skipped when Chromium is not installed. The docs' screenshot comes from {@link DashboardOrdersBrowserTest}.
 */
@QuarkusTest
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;

    @Test
    void operatorSeesAParkedMessageReplaysItAfterTheFixAndSeesItCommitted() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver browser = chromium.browser;
            WebDriverWait wait = chromium.wait;
            producer.sendBody("direct:opstest-record", "browser-order-0");

            chromium.signIn(root + "dashboard/?refresh=1", "admin", "admin");

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flows-table tr[data-flow='opstest']")));
            assertThat(chromium.text(By.cssSelector("#flows-table tr[data-flow='opstest']"))).contains("running");
            assertThat(chromium.text(By.id("whoami"))).contains("admin (operator)");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#systems [data-system='exact-globe']")));
            assertThat(chromium.text(By.id("systems"))).contains("CCV Shop: up", "Exact Globe: up",
                    "State store: up");

            target.rejects.put("browser-order-1", "browser.shopper@example.com");
            target.rejects.put("browser-order-2", "second.shopper@example.com");
            producer.sendBody("direct:opstest-record", "browser-order-1");
            producer.sendBody("direct:opstest-record", "browser-order-2");
            By parkedRow = By.cssSelector("#parked-table tr[data-key='browser-order-1']");
            wait.until(ExpectedConditions.presenceOfElementLocated(parkedRow));
            assertThat(chromium.text(parkedRow)).contains("customer.email").contains("b***@e***.com")
                    .doesNotContain("browser.shopper@example.com");

            target.rejects.remove("browser-order-1"); // the cause is fixed
            chromium.click(By.cssSelector("#parked-table tr[data-key='browser-order-1'] button.replay"));

            wait.until(ExpectedConditions.numberOfElementsToBe(parkedRow, 0));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#activity-table tr[data-key='browser-order-1'][data-status='COMMITTED']")));
            assertThat(target.commits).contains("browser-order-1");

            chromium.click(By.cssSelector("#activity-table tr[data-key='browser-order-2'][data-status='PARKED']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activity-detail")));
            assertThat(chromium.text(By.id("activity-detail"))).contains("customer.email")
                    .contains("order browser-order-2").contains("s***@e***.com");

            chromium.click(By.id("run-checks"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection-results"), "Test system"));
            assertThat(chromium.text(By.id("connection-results")))
                    .contains("credentials valid").contains("set TEST_PASSWORD to the password of the API user");
            assertThat(chromium.text(By.id("mapping-status"))).isNotBlank().doesNotContain("loading");
        }
    }
}
