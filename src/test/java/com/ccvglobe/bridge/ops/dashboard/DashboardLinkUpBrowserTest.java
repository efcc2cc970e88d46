package com.ccvglobe.bridge.ops.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.ccvglobe.bridge.articles.ArticleSelection;
import com.ccvglobe.bridge.articles.ArticlesLinkUp;
import com.ccvglobe.bridge.articles.LinkUpOn;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.state.CatalogueFindings;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The articles link-up on the dashboard in headless Chromium: the report of the first run against the (non-empty)
 * sandbox shop is shown with what it would create, and an operator confirms it from the page. Skipped when Chromium
 * is not installed.
 */
@QuarkusTest
@TestProfile(LinkUpOn.class)
class DashboardLinkUpBrowserTest {

    @TestHTTPResource("/")
    URL root;
    @Inject
    ProducerTemplate producer;
    @Inject
    GlobeEntityClient globe;
    @Inject
    CatalogueFindings findings;
    @Inject
    ArticlesLinkUp linkUp;
    @Inject
    DataSource dataSource;

    @Test
    void operatorReadsTheLinkUpReportAndConfirmsIt() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM sync_cursor WHERE name = '" + ArticleSelection.CURSOR + "'");
        }
        findings.forgetLinkUp();
        globe.create("Item", item("LUD-NEW-1"));
        producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
        assertThat(linkUp.status().state()).isEqualTo("reported");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.signIn(root + "dashboard/?refresh=1", "admin", "admin");

            By panel = By.id("articles-link-up");
            chromium.wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
            assertThat(chromium.text(panel)).contains("Articles link-up").contains("reported")
                    .contains("Nothing is written to CCV until an operator confirms");
            assertThat(chromium.text(By.cssSelector("#articles-link-up .link-up-create summary"))).startsWith("Create: ");
            assertThat(chromium.browser.findElement(By.cssSelector("#articles-link-up .link-up-create"))
                    .getAttribute("textContent")).contains("LUD-NEW-1");
            assertThat(linkUp.status().reportRead()).as("shown on the dashboard: read").isTrue();

            chromium.click(By.xpath("//section[@id='articles-link-up']//button[text()='Confirm link-up']"));
            chromium.wait.until(ExpectedConditions.alertIsPresent()).accept();

            chromium.wait.until(ExpectedConditions.textToBePresentInElementLocated(panel, "Confirmed by admin"));
            assertThat(linkUp.status().confirmed()).isTrue();
        }
    }

    private static Map<String, Object> item(String code) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ItemCode", code);
        item.put("Description0", "Nieuw via de link-up");
        item.put("SalesPrice", new java.math.BigDecimal("7.50"));
        item.put("SalesCurrency", "EUR");
        item.put("Condition", "A");
        item.put("Type", "S");
        item.put("IsSalesItem", true);
        item.put("IsStockItem", true);
        item.put("Assortment", 1);
        item.put("SalesVATCode", "2");
        item.put("GLAccountRevenue", "8000");
        item.put("Warehouse", "1");
        return item;
    }
}
