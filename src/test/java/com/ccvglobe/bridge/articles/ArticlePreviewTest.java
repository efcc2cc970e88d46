package com.ccvglobe.bridge.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The dry run of the articles flow ({@code POST /api/preview/articles/{itemCode}}) against the sandbox: it writes
 * nothing, and the product it shows is, field for field, the product the flow then creates in the CCV Shop simulator;
 * after a change only the changed field is previewed, with the create-only fields left alone.
 */
@QuarkusTest
class ArticlePreviewTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeEntityClient globe;
    @Inject
    RecordLinks links;
    @Inject
    ActivityLog activity;

    private static JsonNode preview(String sku) throws Exception {
        return JSON.readTree(given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test").when()
                .post("/api/preview/articles/" + sku).then().statusCode(200).extract().asString());
    }

    @Test
    void thePreviewOfANewItemIsTheProductTheFlowThenCreates() throws Exception {
        CcvShopSimulator ccv = shop.simulator();
        createItem("ART-7801", "Picknickmand", "30.00");
        int before = ccv.calls().calls().size();

        JsonNode preview = preview("ART-7801");

        assertThat(preview.path("action").asText()).isEqualTo("create");
        List<SimCallLog.Call> calls = ccv.calls().calls();
        assertThat(calls.subList(before, calls.size())).as("CCV was only read")
                .allSatisfy(c -> assertThat(c.method()).isEqualTo("GET"));
        assertThat(links.byGlobeKey("product", "ART-7801")).as("no link").isEmpty();
        assertThat(activity.find("articles", null, "ART-7801", null, null, 5)).as("no activity row").isEmpty();
        assertThat(ccv.data().where("products", p -> "ART-7801".equals(p.path("productnumber").asText()))).isEmpty();
        JsonNode fields = preview.path("body").path("fields");
        assertThat(fields.path("price").decimalValue()).as("incl. 21% VAT as the demo shop shows").isEqualByComparingTo("36.30");
        JsonNode provenance = preview.path("body").path("provenance");
        assertThat(provenance.path("name").asText()).matches("\\$\\.Description0.*\\(default-mapping\\.yaml:\\d+\\)");
        assertThat(provenance.path("price").asText()).contains("default-mapping.yaml:").contains("price-includes-vat");
        assertThat(provenance.path("active").asText()).startsWith("set by the flow: ");
        assertThat(preview.path("createOnlyFields")).extracting(JsonNode::asText).contains("name", "description");

        producer.sendBody("direct:articles-item", "ART-7801");

        ObjectNode product = ccv.data().where("products", p -> "ART-7801".equals(p.path("productnumber").asText())).get(0);
        assertThat(fields.size()).isGreaterThan(5);
        fields.fieldNames().forEachRemaining(field -> {
            JsonNode written = product.path("active".equals(field) ? "is_active" : field);
            JsonNode previewed = fields.get(field);
            if (previewed.isNumber()) {
                assertThat(written.decimalValue()).as(field).isEqualByComparingTo(previewed.decimalValue());
            } else {
                assertThat(written.asText()).as(field).isEqualTo(previewed.asText());
            }
        });

        globe.merge("Item", GlobeKey.code("ART-7801"), Map.of("SalesPrice", new BigDecimal("40.00"), "Description0",
                "Picknickmand groot"));
        JsonNode update = preview("ART-7801");

        assertThat(update.path("action").asText()).isEqualTo("update");
        assertThat(update.path("productId").asLong()).isEqualTo(product.path("id").asLong());
        assertThat(update.path("body").path("fields").fieldNames()).toIterable().containsExactly("price");
        assertThat(update.path("body").path("fields").path("price").decimalValue()).isEqualByComparingTo("48.40");
        assertThat(update.path("createOnlyLeftOut")).extracting(JsonNode::asText).contains("name");
    }

    @Test
    void anUnknownItemIsReportedAsSkipped() throws Exception {
        JsonNode preview = preview("NOPE-7899");

        assertThat(preview.path("action").asText()).isEqualTo("none");
        assertThat(preview.path("message").asText()).contains("not a published Globe item");
    }

    private void createItem(String code, String description, String price) {
        Map<String, Object> item = SaleableItems.item(code, description, price);
        item.put("GTIN", "8712345678920");
        globe.create("Item", item);
    }
}
