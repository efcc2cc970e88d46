package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The orders recipes of docs/routes.md, each file copied as written from docs/recipes into the routes folder of the
 * running app (BRIDGE_ROUTES_DIR; in tests target/test-classes/user-routes), shown at work through the sandbox
 * simulators and the activity log, and taken out again (the shipped route comes back).
 */
@QuarkusTest
class OrderRecipesTest {

    private static final Path RECIPES = Path.of("docs/recipes");
    private static final Path FOLDER = Path.of("target/test-classes/user-routes");
    private static final Duration RELOAD = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SandboxOrders sandbox;
    @Inject
    ProducerTemplate producer;
    @Inject
    CamelContext context;
    @Inject
    ActivityLog activity;

    private String installed;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    @AfterEach
    void shippedRoutesBack() throws IOException {
        if (installed != null) {
            Files.deleteIfExists(FOLDER.resolve(installed));
            installed = null;
        }
        await().atMost(RELOAD).until(() -> !description("orders-map").startsWith("Recipe")
                && !description("orders-after-load").startsWith("Recipe")
                && description("orders-before-commit").startsWith("Extension point")
                && context.getRoute("test-map-customer") == null);
    }

    private String description(String routeId) {
        var route = context.getRoute(routeId);
        return route == null || route.getDescription() == null ? "" : route.getDescription();
    }

    /** Copies a recipe into the routes folder and waits until the route of that id is the recipe's. */
    private void install(String recipe, String routeId, String descriptionStart) throws IOException {
        Files.copy(RECIPES.resolve(recipe), FOLDER.resolve(recipe), StandardCopyOption.REPLACE_EXISTING);
        installed = recipe;
        await().atMost(RELOAD).until(() -> description(routeId).startsWith(descriptionStart));
    }

    private ActivityEntry lastActivity(CcvOrder order) {
        return activity.find("orders", null, String.valueOf(order.id()), null, null, 10).get(0);
    }

    private void sync(CcvOrder order) {
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
    }

    @Test
    void recipeA_b2bOrdersBecomeInvoicesAndB2cOrdersSalesOrders() throws Exception {
        install("b2b-invoices-b2c-sales-orders.camel.yaml", "orders-map", "Recipe: B2B orders as direct invoices");
        CcvOrder company = sandbox.company("NL", "Bakkerij Recept BV").row("ART-0005", 1).place();
        CcvOrder person = sandbox.person("NL").row("ART-0005", 1).place();
        sandbox.globeAdmin("DELETE", "calls", null);

        sync(company);
        sync(person);

        assertThat(sandbox.globeCalls("POST InvoiceHeader")).as("one direct invoice, for the B2B order").isEqualTo(1);
        assertThat(sandbox.salesOrders(company.ordernumberFull())).as("no sales order for the B2B order").isEmpty();
        assertThat(sandbox.salesOrders(person.ordernumberFull())).as("a sales order for the B2C order").hasSize(1);
        assertThat(lastActivity(company).status()).isEqualTo(ActivityStatus.COMMITTED);
        assertThat(lastActivity(company).summary()).contains("-> Globe invoice ");
        assertThat(lastActivity(person).summary()).contains("-> Globe sales order ");
    }

    @Test
    void recipeC_everyDocumentIsCopiedToTheAuditEndpointBeforeCommit() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer audit = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        audit.createContext("/audit", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        audit.start();
        Properties settings = new Properties();
        settings.setProperty("orders.audit-url", "http://127.0.0.1:" + audit.getAddress().getPort() + "/audit");
        context.getPropertiesComponent().setOverrideProperties(settings);
        try {
            install("orders-audit-copy.camel.yaml", "orders-before-commit", "Recipe: a copy of every Globe document");
            CcvOrder order = sandbox.person("NL").row("ART-0005", 2).place();

            sync(order);

            GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            JsonNode copy = JSON.readTree(received.get(0));
            assertThat(copy.path("type").asText()).isEqualTo("salesorder");
            assertThat(copy.path("yourReference").asText()).isEqualTo(order.ordernumberFull());
            assertThat(copy.path("header").path("OrderDebtor").asText()).isEqualTo(header.text("OrderDebtor").trim());
            assertThat(copy.path("lines")).extracting(l -> l.path("Itemcode").asText()).contains("ART-0005");
            assertThat(copy.path("total").decimalValue()).isEqualByComparingTo(order.totalPrice());
            assertThat(lastActivity(order).status()).isEqualTo(ActivityStatus.COMMITTED);
        } finally {
            audit.stop(0);
            context.getPropertiesComponent().setOverrideProperties(new Properties());
        }
    }

    @Test
    void recipeD_ordersWithTheStaffCouponOrPaidOnAccountAreSkippedWithAnActivityRow() throws Exception {
        install("orders-skip-coupon-or-paymethod.camel.yaml", "orders-after-load", "Recipe: orders with coupon PERSONEEL");
        CcvOrder staff = sandbox.person("NL").row("ART-0005", 1).coupon("PERSONEEL").place();
        CcvOrder onAccount = sandbox.person("NL").row("ART-0005", 1).paidWith("Invoice").place();
        CcvOrder customer = sandbox.person("NL").row("ART-0005", 1).coupon("WELKOM10").place();

        sync(staff);
        sync(onAccount);
        sync(customer);

        assertThat(sandbox.salesOrders(staff.ordernumberFull())).as("the staff order is not booked").isEmpty();
        ActivityEntry skipped = lastActivity(staff);
        assertThat(skipped.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(skipped.summary()).contains("skipped: coupon 'PERSONEEL'").contains("orders-skip-coupon-or-paymethod");
        assertThat(sandbox.salesOrders(onAccount.ordernumberFull())).as("the order paid on account is not booked").isEmpty();
        assertThat(lastActivity(onAccount).summary()).contains("paymethod Invoice");
        assertThat(sandbox.salesOrders(customer.ordernumberFull())).as("other orders are booked").hasSize(1);
        assertThat(lastActivity(customer).status()).isEqualTo(ActivityStatus.COMMITTED);
    }

    @Test
    void recipeE_theShoppersNoteGoesIntoAGlobeFreeField() throws Exception {
        Files.copy(RECIPES.resolve("orders-note-to-free-field.camel.yaml"), FOLDER.resolve("orders-note-to-free-field.camel.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        installed = "orders-note-to-free-field.camel.yaml";
        await().atMost(RELOAD).until(() -> context.getRoute("orders-before-commit") != null
                && !description("orders-before-commit").startsWith("Extension point"));
        CcvOrder order = sandbox.person("NL").row("ART-0005", 1).note("Graag na 17:00 bezorgen").place();

        sync(order);

        GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
        assertThat(header.text("FreeField2")).isEqualTo("Graag na 17:00 bezorgen");
    }

    @Test
    void aStepBetweenMapAndCommitSeesTheGlobeDocumentInTheBody() throws Exception {
        Files.writeString(FOLDER.resolve("document-in-body.camel.yaml"), """
                - route:
                    id: orders-before-commit
                    description: "Recipe test: reads the document in the body"
                    from:
                      uri: direct:orders-before-commit
                      steps:
                        - log: "${body}"
                        - choice:
                            when:
                              - simple: "${body[header][OrderDebtor]} != null && ${body[type]} == 'salesorder'"
                                steps:
                                  - setProperty:
                                      name: bridgeSummary
                                      simple: "${exchangeProperty.bridgeSummary} (seen: debtor ${body[header][OrderDebtor]}, ${body[lines].size()} lines)"
                """);
        installed = "document-in-body.camel.yaml";
        await().atMost(RELOAD).until(() -> description("orders-before-commit").startsWith("Recipe test"));
        CcvOrder order = sandbox.person("NL").row("ART-0005", 1).row("ART-0007", 1).place();

        sync(order);

        GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
        int lines = sandbox.salesOrderLines(header.text("SalesOrderNumber")).size();
        assertThat(lastActivity(order).summary())
                .contains("(seen: debtor " + header.text("OrderDebtor").trim() + ", " + lines + " lines)");
    }

    @Test
    void theMapFieldsBlockMapsTheBodyWithTheSectionARouteNames() throws Exception {
        Files.writeString(FOLDER.resolve("map-customer.camel.yaml"), """
                - templatedRoute:
                    routeTemplateRef: map-fields
                    routeId: test-map-customer
                    parameters:
                      - name: name
                        value: test-map-customer
                      - name: section
                        value: customers.account
                """);
        installed = "map-customer.camel.yaml";
        await().atMost(RELOAD).until(() -> context.getRoute("test-map-customer") != null);
        String customer = """
                {"email": " Anna@Example.COM ", "billingaddress": {"full_name": "Anna de Wit", "company": "",
                 "address_line_1": "Damrak 1", "zipcode": "1012 lg", "city": "Amsterdam", "country_code": "nl"}}""";

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> fields = producer.requestBody("direct:test-map-customer", customer, java.util.Map.class);

        assertThat(fields).containsEntry("AccountName", "Anna de Wit").containsEntry("EmailAddress", "anna@example.com")
                .containsEntry("InvoiceAddressPostCode", "1012 LG").containsEntry("InvoiceCountry", "NL")
                .containsEntry("DeliveryAddressline1", "Damrak 1");
    }

    @Test
    void aRouteMadeFromABuildingBlockBelongsToItsFlowAndSaysWhatItDoes() {
        assertThat(context.getRoute("orders-poll").getGroup()).isEqualTo("orders");
        assertThat(description("orders-poll")).startsWith("Leader-only trigger of direct:orders-poll-once every ")
                .doesNotContain("{{");
        assertThat(context.getRoute("orders-activity").getGroup()).isEqualTo("orders");
        assertThat(context.getRoute("customers-poll").getGroup()).isEqualTo("customers");
    }
}
