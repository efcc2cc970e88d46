package com.ccvglobe.bridge.articles;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The articles flow end to end against the sandbox Globe and CCV Shop: items are created and changed in Globe
 * through the entity service, a run is started on {@code direct:articles-run}, and the shop's state and the calls
 * it answered are checked. Each test works on its own item codes and starts with the cursor at now, so a run sees
 * only the items the test touched.
 */
@QuarkusTest
class ArticlesFlowTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeEntityClient globe;
    @Inject
    GlobeConnection globeConnection;
    @Inject
    SyncCursors cursors;
    @Inject
    ParkedMessages parked;
    @Inject
    ActivityLog activity;
    @Inject
    MeterRegistry registry;

    CcvShopSimulator ccv;

    @BeforeEach
    void cursorAtNow() {
        ccv = shop.simulator();
        SaleableItems.cursorAtNow(cursors);
    }

    @AfterEach
    void noFaults() {
        ccv.faults().clear();
    }

    @Test
    void aNewItemBecomesAProductWithEveryMappedFieldInItsCategoryWithItsPicture() {
        createItem("ART-7001", "Reiskoffer", "10.00", Map.of("GTIN", "8712345678906", "NetWeight", "1.25",
                "TextDescription", "Een stevige koffer"));
        ccv.calls().clear();

        String summary = run();

        ObjectNode product = product("ART-7001");
        assertThat(product.path("name").asText()).isEqualTo("Reiskoffer");
        assertThat(product.path("description").asText()).isEqualTo("Een stevige koffer");
        assertThat(product.path("eannumber").asText()).isEqualTo("8712345678906");
        assertThat(product.path("price").decimalValue()).as("10.00 excl. 21% VAT; the demo shop shows prices incl. VAT")
                .isEqualByComparingTo("12.10");
        assertThat(product.path("discount").decimalValue()).isEqualByComparingTo("0");
        assertThat(product.path("taxtariff").asText()).isEqualTo("normal");
        assertThat(product.path("weight").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(product.path("is_active").asBoolean()).isTrue();
        assertThat(product.path("stockenabled").asBoolean()).isTrue();
        assertThat(product.path("stocktype").asText()).isEqualTo("product");
        assertThat(product.path("package_id").asLong()).isPositive();
        long id = product.path("id").asLong();
        assertThat(ccv.data().where("producttocategories", l -> l.path("product_id").asLong() == id))
                .singleElement().satisfies(l -> assertThat(ccv.data().get("categories", l.path("category_id").asLong())
                        .path("name").asText()).isEqualTo("Producten"));
        assertThat(ccv.data().where("productphotos", p -> p.path("product_id").asLong() == id)).hasSize(1);
        assertThat(count("POST", "/products")).isEqualTo(1);
        assertThat(count("GET", "/products?productnumber=ART-7001")).as("no per-product look-up (issue 18)").isZero();
        assertThat(ccv.calls().calls().stream().filter(c -> c.uri().contains("/products?expand=attributecombinations"))
                .count()).as("the catalogue, read once before the POST").isPositive();

        assertThat(summary).contains("products").contains("written");
        assertThat(activity.find("articles", ActivityStatus.COMMITTED, "ART-7001", null, null, 5)).singleElement()
                .satisfies(row -> assertThat(row.summary()).contains("created").contains("/"));
        assertThat(registry.find("bridge.articles.run.items").tag("state", "total").gauge().value()).isPositive();
        assertThat(cursors.current(ArticleSelection.CURSOR)).isPresent();

        ccv.calls().clear();
        run();
        assertThat(ccv.calls().calls()).as("nothing changed: not one CCV call").isEmpty();
    }

    @Test
    void aChangedPriceIsOnePatchWithOnlyThePriceAndCreateOnlyFieldsAreNotOverwritten() {
        createItem("ART-7002", "Koffiemolen", "20.00", Map.of("GTIN", "8712345678913"));
        run();
        ObjectNode product = product("ART-7002");
        long id = product.path("id").asLong();
        synchronized (ccv.data()) {
            product.put("name", "Koffiemolen - handgemaakt");
            product.put("eannumber", "0000000000000");
        }
        globe.merge("Item", GlobeKey.code("ART-7002"), Map.of("SalesPrice", new BigDecimal("25.00"), "Description0",
                "Koffiemolen nieuw"));
        ccv.calls().clear();

        run();

        assertThat(ccv.calls().calls().stream().filter(c -> !"GET".equals(c.method())).toList()).singleElement()
                .satisfies(c -> assertThat(c.method() + " " + c.uri()).isEqualTo("PATCH /api/rest/v1/products/" + id));
        ObjectNode after = product("ART-7002");
        assertThat(after.path("price").decimalValue()).isEqualByComparingTo("30.25");
        assertThat(after.path("name").asText()).as("create-only: the merchant's name stays").isEqualTo("Koffiemolen - handgemaakt");
        assertThat(after.path("eannumber").asText()).as("unchanged in Globe: not sent again").isEqualTo("0000000000000");
    }

    @Test
    void aVariantFamilyBecomesOneProductWithCombinationsCarryingSkuAndEan() {
        createItem("FAM-100", "Trui", "30.00", Map.of("Assortment", 2));
        Map<String, String> eans = new LinkedHashMap<>();
        int n = 0;
        for (String size : List.of("S", "M")) {
            for (String colour : List.of("RED", "BLUE")) {
                String sku = "FAM-100-" + size + "-" + colour;
                eans.put(sku, ean("87100001000" + n++));
                createItem(sku, "Trui " + size + " " + colour, "30.00", Map.of("Assortment", 2, "GTIN", eans.get(sku)));
            }
        }

        run();

        assertThat(products("FAM-100-S-RED")).as("variants are no products of their own").isEmpty();
        ObjectNode product = product("FAM-100");
        assertThat(product.path("stocktype").asText()).isEqualTo("attribute");
        long id = product.path("id").asLong();
        List<ObjectNode> combinations = ccv.data().where("attributecombinations", c -> c.path("product_id").asLong() == id);
        assertThat(combinations).hasSize(4);
        for (ObjectNode c : combinations) {
            String size = c.path("combination").get(0).path("attribute_value").path("name").asText();
            String colour = c.path("combination").get(1).path("attribute_value").path("name").asText();
            String sku = "FAM-100-" + size + "-" + ("Rood".equals(colour) ? "RED" : "BLUE");
            assertThat(c.path("sku_number").asText()).isEqualTo(sku);
            assertThat(c.path("product_number").asText()).isEqualTo(sku);
            assertThat(c.path("ean_number").asText()).isEqualTo(eans.get(sku));
            assertThat(c.path("active").asBoolean()).isTrue();
        }
    }

    @Test
    void aNewAssortmentGetsItsCategoryOnceAndBothProductsAreLinked() {
        globe.create("ItemAssortment", Map.of("Assortment", 4, "Code", "ACCESSOIRES", "Description", "Accessoires",
                "GLRevenue", "8000"));
        createItem("ART-7041", "Riem", "15.00", Map.of("Assortment", 4));
        createItem("ART-7042", "Portemonnee", "25.00", Map.of("Assortment", 4));
        ccv.calls().clear();

        run();

        List<ObjectNode> categories = ccv.data().where("categories", c -> "Accessoires".equals(c.path("name").asText()));
        assertThat(categories).hasSize(1);
        assertThat(count("POST", "/categories")).isEqualTo(1);
        long category = categories.get(0).path("id").asLong();
        for (String sku : List.of("ART-7041", "ART-7042")) {
            long id = product(sku).path("id").asLong();
            assertThat(ccv.data().where("producttocategories", l -> l.path("product_id").asLong() == id
                    && l.path("category_id").asLong() == category)).hasSize(1);
        }
    }

    @Test
    void anAssortmentChangeMovesTheLinkTheBridgeMadeAndKeepsTheMerchantsOwn() {
        createItem("ART-7043", "Sjaal", "19.00", Map.of());
        run();
        long id = product("ART-7043").path("id").asLong();
        long kitchen = ccv.data().where("categories", c -> "Keuken".equals(c.path("name").asText())).get(0).path("id").asLong();
        synchronized (ccv.data()) {
            ccv.data().insert("producttocategories", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("product_id", id).put("category_id", kitchen).put("position", 1));
        }
        globe.merge("Item", GlobeKey.code("ART-7043"), Map.of("Assortment", 2));

        run();

        assertThat(ccv.data().where("producttocategories", l -> l.path("product_id").asLong() == id).stream()
                .map(l -> ccv.data().get("categories", l.path("category_id").asLong()).path("name").asText()))
                .containsExactlyInAnyOrder("Keuken", "Kleding");
    }

    @Test
    void thePictureIsUploadedOnceAndAgainOnlyAfterItChanged() {
        createItem("ART-7006", "Vaas", "12.00", Map.of());
        run();
        long id = product("ART-7006").path("id").asLong();
        ccv.calls().clear();

        producer.sendBody("direct:articles-item", "ART-7006");
        assertThat(count("PUT", "/products/" + id + "/productphotos")).isZero();

        given().contentType("image/png").body(png()).put(imageUrl("ART-7006")).then().statusCode(204);
        producer.sendBody("direct:articles-item", "ART-7006");
        producer.sendBody("direct:articles-item", "ART-7006");

        assertThat(count("PUT", "/products/" + id + "/productphotos")).isEqualTo(1);
        assertThat(ccv.data().where("productphotos", p -> p.path("product_id").asLong() == id)).hasSize(1);
    }

    @Test
    void aBlockedItemDeactivatesItsProductWithoutDeletingIt() {
        createItem("ART-7007", "Lamp", "40.00", Map.of());
        run();
        globe.merge("Item", GlobeKey.code("ART-7007"), Map.of("Condition", "B"));

        run();

        assertThat(product("ART-7007").path("is_active").asBoolean()).isFalse();
        assertThat(products("ART-7007")).hasSize(1);
    }

    @Test
    void anInvalidEanIsParkedWithAReasonNamingSkuAndField() {
        createItem("ART-7008", "Klok", "30.00", Map.of("GTIN", "8712345678900"));

        run();

        assertThat(products("ART-7008")).isEmpty();
        ParkedMessage message = parked.byKey("articles", "ART-7008").orElseThrow();
        assertThat(message.reason()).contains("ART-7008").contains("8712345678900").contains("check digit");
        assertThat(message.attempts()).isEqualTo(1);
    }

    @Test
    void aBurstOf429sDelaysTheWritesButEveryProductLandsOnce() {
        List<String> skus = List.of("ART-7010", "ART-7011", "ART-7012", "ART-7013", "ART-7014");
        skus.forEach(sku -> createItem(sku, "Artikel " + sku, "9.95", Map.of()));
        ccv.faults().rateLimitBurst(3, "POST products");
        ccv.calls().clear();

        run();

        for (String sku : skus) {
            assertThat(products(sku)).as(sku).hasSize(1);
        }
        assertThat(ccv.calls().calls().stream().filter(c -> "POST products".equals(c.resourceMethod()) && c.status() == 429))
                .hasSize(3);
        assertThat(ccv.calls().calls().stream().filter(c -> "POST products".equals(c.resourceMethod()) && c.status() == 201))
                .hasSize(5);
        skus.forEach(sku -> assertThat(parked.byKey("articles", sku)).isEmpty());
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private String run() {
        return producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, "changed", String.class);
    }

    private void createItem(String code, String description, String price, Map<String, Object> extra) {
        SaleableItems.create(globe, code, description, price, extra);
    }

    private List<ObjectNode> products(String sku) {
        return SaleableItems.products(ccv, sku);
    }

    private ObjectNode product(String sku) {
        return SaleableItems.product(ccv, sku);
    }

    private long count(String method, String uriPart) {
        return ccv.calls().calls().stream().filter(c -> c.method().equals(method) && c.status() < 300)
                .map(SimCallLog.Call::uri).filter(u -> u.replace("/api/rest/v1", "").startsWith(uriPart)
                        && (uriPart.contains("?") || !u.replace("/api/rest/v1", "").substring(uriPart.length()).matches("/\\d+.*")))
                .count();
    }

    private String imageUrl(String code) {
        java.net.URI base = java.net.URI.create(globeConnection.baseUrl());
        return base.getScheme() + "://" + base.getAuthority() + "/sandbox-admin/items/" + code + "/image";
    }

    private static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    /** A 13-digit EAN with the right check digit for a 12-digit stem. */
    static String ean(String stem) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (stem.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return stem + (10 - sum % 10) % 10;
    }
}
