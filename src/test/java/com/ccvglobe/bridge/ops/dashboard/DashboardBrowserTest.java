package com.ccvglobe.bridge.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.ccvglobe.bridge.ops.OpsTestTarget;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard end to end in headless Chromium (Debian's chromium + chromium-driver): sign in, see the flows,
 * see a parked message, fix the cause, replay it from the page and see it committed. Saves the screenshot used in
 * docs/operations.md. Skipped when Chromium is not installed.
 */
@QuarkusTest
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOT = Path.of("docs/images/dashboard.png");

    @TestHTTPResource("/")
    URL root;
    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;

    @Test
    void operatorSeesAParkedMessageReplaysItAfterTheFixAndSeesItCommitted() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium not installed (apt-get install -y chromium chromium-driver)");
        Path profile = Files.createTempDirectory("bridge-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1400,1750");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            producer.sendBody("direct:opstest-record", "browser-order-0");

            browser.get(root + "dashboard/?refresh=1");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("admin");
            browser.findElement(By.id("password")).sendKeys("admin");
            browser.findElement(By.id("sign-in")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#flows-table tr[data-flow='opstest']")));
            assertThat(browser.findElement(By.cssSelector("#flows-table tr[data-flow='opstest']")).getText()).contains("running");
            assertThat(browser.findElement(By.id("whoami")).getText()).contains("admin (operator)");

            target.rejects.put("browser-order-1", "browser.shopper@example.com");
            target.rejects.put("browser-order-2", "second.shopper@example.com");
            producer.sendBody("direct:opstest-record", "browser-order-1");
            producer.sendBody("direct:opstest-record", "browser-order-2");
            By parkedRow = By.cssSelector("#parked-table tr[data-key='browser-order-1']");
            wait.until(ExpectedConditions.presenceOfElementLocated(parkedRow));
            assertThat(browser.findElement(parkedRow).getText()).contains("customer.email").contains("b***@e***.com")
                    .doesNotContain("browser.shopper@example.com");

            target.rejects.remove("browser-order-1"); // the cause is fixed
            click(wait, By.cssSelector("#parked-table tr[data-key='browser-order-1'] button.replay"));

            wait.until(ExpectedConditions.numberOfElementsToBe(parkedRow, 0));
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#activity-table tr[data-key='browser-order-1'][data-status='COMMITTED']")));
            assertThat(target.commits).contains("browser-order-1");

            click(wait, By.cssSelector("#activity-table tr[data-key='browser-order-2'][data-status='PARKED']"));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activity-detail")));
            assertThat(browser.findElement(By.id("activity-detail")).getText()).contains("customer.email")
                    .contains("order browser-order-2").contains("s***@e***.com");

            browser.findElement(By.id("run-checks")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("connection-results"), "Test system"));
            assertThat(browser.findElement(By.id("connection-results")).getText())
                    .contains("credentials valid").contains("set TEST_PASSWORD to the password of the API user");
            assertThat(browser.findElement(By.id("mapping-status")).getText()).isNotBlank().doesNotContain("loading");

            Files.createDirectories(SCREENSHOT.getParent());
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.quit();
            service.stop();
        }
    }

    /** Clicks the element, finding it again when the page's refresh replaced it between finding and clicking. */
    private static void click(WebDriverWait wait, By element) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }
}
