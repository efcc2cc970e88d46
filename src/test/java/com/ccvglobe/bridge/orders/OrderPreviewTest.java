package com.ccvglobe.bridge.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The dry run of the orders flow ({@code POST /api/preview/orders/{id}}) against the sandbox: the preview writes
 * nothing anywhere, and what it shows is, field for field, what the flow then writes to the sandbox Globe.
 */
@QuarkusTest
class OrderPreviewTest {

    @Inject
    SandboxOrders sandbox;
    @Inject
    ProducerTemplate producer;
    @Inject
    ActivityLog activity;
    @Inject
    RecordLinks links;
    @Inject
    IdempotencyKeys keys;
    @Inject
    com.ccvglobe.bridge.privacy.ShopperKeys shopperKeys;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
    }

    private static RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test");
    }

    private static JsonNode preview(CcvOrder order) throws Exception {
        String body = viewer().when().post("/api/preview/orders/" + order.id()).then().statusCode(200).extract().asString();
        return SandboxOrders.JSON.readTree(body);
    }

    @Test
    void thePreviewOfAnOrderIsWhatTheFlowThenWritesToGlobe() throws Exception {
        CcvOrder order = sandbox.company("NL", "Preview Bakkerij B.V.").row("ART-0005", 2).row("ART-0007", 1).place();
        String id = String.valueOf(order.id());
        sandbox.globeAdmin("DELETE", "calls", null);
        int ccvCallsBefore = sandbox.ccvSim().calls().calls().size();

        JsonNode preview = preview(order);

        assertThat(preview.path("decision").asText()).isEqualTo("would book");
        assertThat(preview.path("documentType").asText()).isEqualTo("salesorder");
        JsonNode globeCalls = sandbox.globeAdmin("GET", "calls", null).path("calls");
        assertThat(globeCalls).as("Globe was only read").isNotEmpty()
                .allSatisfy(c -> assertThat(c.path("method").asText()).isEqualTo("GET"));
        List<SimCallLog.Call> ccvCalls = sandbox.ccvSim().calls().calls();
        assertThat(ccvCalls.subList(ccvCallsBefore, ccvCalls.size())).as("CCV was only read")
                .allSatisfy(c -> assertThat(c.method()).isEqualTo("GET"));
        assertThat(activity.find("orders", null, id, null, null, 10)).as("no activity row").isEmpty();
        assertThat(links.byCcvId("order", id)).as("no order link").isEmpty();
        assertThat(links.byCcvId("debtor", shopperKeys.email(order.customer().email()))).as("no debtor link").isEmpty();
        assertThat(keys.contains("orders", id)).as("no idempotency claim").isFalse();
        assertThat(keys.contains("debtor-create", shopperKeys.email(order.customer().email()))).as("no debtor-create claim").isFalse();
        assertThat(sandbox.salesOrders(order.ordernumberFull())).as("no sales order").isEmpty();
        assertThat(sandbox.accounts(order.customer().email())).as("no debtor").isEmpty();

        JsonNode debtor = preview.path("debtor");
        assertThat(debtor.path("how").asText()).isEqualTo("would create");
        JsonNode document = preview.path("documents").get(0);
        assertThat(document.path("headerEntity").asText()).isEqualTo("SalesOrderHeader");
        JsonNode header = document.path("header").path("fields");
        assertThat(header.path("OrderDebtor").asText()).isEqualTo(debtor.path("number").asText());

        producer.sendBody("direct:orders-sync-order", id);

        GlobeRecord written = sandbox.salesOrders(order.ordernumberFull()).get(0);
        assertSameFields("header", header, written);
        GlobeRecord account = sandbox.accounts(order.customer().email()).get(0);
        assertSameFields("Account", debtor.path("account").path("fields"), account);
        JsonNode contact = debtor.path("contact").path("fields");
        assertThat(contact.path("AccountID").asText()).as("known only after the create").contains("new Account");
        GlobeRecord writtenContact = sandbox.contacts(order.customer().email()).get(0);
        contact.fieldNames().forEachRemaining(field -> {
            if (!field.equals("AccountID")) {
                assertSameField("ContactPerson", field, contact.get(field), writtenContact);
            }
        });
        List<GlobeRecord> lines = sandbox.salesOrderLines(written.text("SalesOrderNumber"));
        JsonNode previewLines = document.path("lines");
        assertThat(lines).as("as many Globe lines as previewed").hasSize(previewLines.size());
        for (JsonNode line : previewLines) {
            JsonNode fields = line.path("fields");
            String item = fields.path("Itemcode").asText();
            BigDecimal netPrice = fields.path("NetPrice").decimalValue();
            GlobeRecord match = lines.stream().filter(l -> item.equals(l.text("Itemcode"))
                    && l.number("NetPrice").compareTo(netPrice) == 0).findFirst().orElseThrow(
                            () -> new AssertionError("no Globe line for previewed " + fields));
            assertSameFields("line " + item, fields, match);
        }

        JsonNode again = preview(order);
        assertThat(again.path("decision").asText()).isEqualTo("already booked");
        assertThat(again.path("globeNumber").asText()).isEqualTo(written.text("SalesOrderNumber"));
    }

    @Test
    void provenanceNamesTheMappingFileAndLineAndTheVatRow() throws Exception {
        CcvOrder order = sandbox.person("NL").row("ART-0002", 1).place();

        JsonNode preview = preview(order);

        JsonNode header = preview.path("documents").get(0).path("header").path("provenance");
        assertThat(header.path("CurrencyCode").asText()).as("a field rule").matches("\\$\\.currency.*\\(default-mapping\\.yaml:\\d+\\)");
        assertThat(header.path("ShippingVia").asText()).contains("shipping-methods").contains("default-mapping.yaml:");
        assertThat(header.path("OrderDebtor").asText()).startsWith("set by the flow: ");
        JsonNode line = preview.path("documents").get(0).path("lines").get(0).path("provenance");
        assertThat(line.path("VATCode").asText()).as("the VAT table row").isEqualTo("vat.codes[0] (default-mapping.yaml:9)");
        assertThat(line.path("Description").asText()).contains("$.product_name").contains("default-mapping.yaml:");
        assertThat(line.path("NetPrice").asText()).startsWith("set by the flow: ");
        JsonNode account = preview.path("debtor").path("account").path("provenance");
        assertThat(account.path("AccountName").asText()).contains("default-mapping.yaml:");
        assertThat(account.path("DebtorNumber").asText()).startsWith("set by the flow: ");
    }

    @Test
    void aPreviewOfAnOrderWithAnUnknownSkuReportsTheMissingArticle() throws Exception {
        CcvOrder order = sandbox.person("NL").freeRow("NOPE-77", "1.00", 21).place();

        JsonNode preview = preview(order);

        assertThat(preview.path("decision").asText()).isEqualTo("would park");
        assertThat(preview.path("message").asText()).isEqualTo("articles not usable in Exact Globe: NOPE-77 does not exist");
        assertThat(preview.path("documents").get(0).path("lines").get(0).path("fields").path("Itemcode").asText())
                .isEqualTo("NOPE-77");
        assertThat(keys.contains("orders", String.valueOf(order.id()))).isFalse();
    }

    @Test
    void viewersMayPreviewButOnlyWithTheCrossSiteHeaderAndTheApiIsDocumented() {
        CcvOrder order = sandbox.person("NL").row("ART-0002", 1).place();

        given().when().post("/api/preview/orders/" + order.id()).then().statusCode(401);
        given().auth().preemptive().basic("viewer", "viewer").when().post("/api/preview/orders/" + order.id()).then()
                .statusCode(403);
        viewer().when().post("/api/preview/orders/" + order.id()).then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test").when()
                .post("/api/preview/orders/" + order.id()).then().statusCode(200);
        viewer().when().post("/api/preview/orders/12x").then().statusCode(400);
        viewer().when().post("/api/preview/orders/99999999").then().statusCode(404);
        String openApi = viewer().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertThat(openApi).contains("/api/preview/orders/{ccvOrderId}", "/api/preview/articles/{itemCode}", "Dry run");
    }

    private static void assertSameFields(String what, JsonNode previewed, GlobeRecord written) {
        assertThat(previewed.size()).as("%s has fields", what).isPositive();
        previewed.fieldNames().forEachRemaining(field -> assertSameField(what, field, previewed.get(field), written));
    }

    private static void assertSameField(String what, String field, JsonNode value, GlobeRecord written) {
        Map<String, Object> values = written.values();
        assertThat(values).as("%s has %s", what, field).containsKey(field);
        if (value.isNumber()) {
            assertThat(written.number(field)).as("%s.%s", what, field).isEqualByComparingTo(value.decimalValue());
        } else if (value.isBoolean()) {
            assertThat(written.flag(field)).as("%s.%s", what, field).isEqualTo(value.asBoolean());
        } else {
            assertThat(written.text(field)).as("%s.%s", what, field).isEqualTo(value.asText());
        }
    }
}
