package com.ccvglobe.bridge.ops.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, for the dashboard's browser tests. {@link #start()} skips
 * the test (JUnit assumption) when Chromium is not installed.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver browser;
    final WebDriverWait wait;
    private final ChromeDriverService service;

    private HeadlessChromium(WebDriver browser, ChromeDriverService service) {
        this.browser = browser;
        this.service = service;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    static HeadlessChromium start() throws IOException {
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
        return new HeadlessChromium(new ChromeDriver(service, options), service);
    }

    /** Opens the dashboard (refreshing every second) and signs in. */
    void signIn(String dashboardUrl, String user, String password) {
        browser.get(dashboardUrl);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), user));
    }

    /** Clicks the element, finding it again when the page's refresh replaced it between finding and clicking. */
    void click(By element) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(element).click();
            return true;
        });
    }

    /** Chooses an option of a select element, finding it again when the page's refresh replaced it meanwhile. */
    void select(By element, String value) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            new Select(driver.findElement(element)).selectByValue(value);
            return true;
        });
    }

    /** The element's text, read again when the page's refresh replaced it meanwhile. */
    String text(By element) {
        return wait.ignoring(StaleElementReferenceException.class).until(driver -> driver.findElement(element).getText());
    }

    /**
     * The text of one column of every row that {@code rowsCss} selects, read in one script run: the page's refresh
     * cannot replace rows halfway through the reading, as it can between WebDriver calls on single elements.
     */
    @SuppressWarnings("unchecked")
    List<String> column(String rowsCss, int column) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var column = arguments[1]; return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".map(function (row) { var cell = row.cells[column]; return cell ? cell.textContent : null; });",
                rowsCss, column);
    }

    /** Saves the whole page (the window grows to the page's height, at most 4000 px), from the top. */
    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        Dimension size = browser.manage().window().getSize();
        if (height > size.getHeight()) {
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(4000, height + 150)));
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            service.stop();
        }
    }
}
