package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The articles flow's catalogue work against the sandbox Globe and CCV Shop: items that leave the selection,
 * brands and packages, category trees and specs. Each test works on its own item codes.
 */
@QuarkusTest
class ArticlesCatalogTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    GlobeEntityClient globe;
    @Inject
    SyncCursors cursors;

    @Inject
    MappingRegistry mappings;
    @Inject
    ParkedMessages parked;
    @Inject
    ArticleDryRun dryRun;

    private static final Path USER_MAPPING = Path.of("target/test-classes/mapping/test-user-mapping.yaml");

    CcvShopSimulator ccv;
    String originalMapping;
    DemoShopSnapshot demoShop;

    @BeforeEach
    void cursorAtNow() {
        ccv = shop.simulator();
        SaleableItems.cursorAtNow(cursors);
        // A full compare reads and writes every sandbox product: the shop's limits as roomy as the client's test pace.
        ccv.limits().set(1500, 1000, 30, 3000).reset();
    }

    @AfterEach
    void shopLimitsAndMappingBack() throws IOException {
        ccv.limits().set(150, 100, 30, 300).reset(); // the simulator's defaults (SimRateLimits)
        if (demoShop != null) {
            demoShop.restore();
            demoShop = null;
        }
        if (originalMapping != null) {
            Files.writeString(USER_MAPPING, originalMapping);
            assertThat(mappings.reload()).isTrue();
            originalMapping = null;
        }
    }

    @Test
    void theMappedBrandAndPackageLandOnTheProductAndAnUnknownBrandIsParked() throws IOException {
        long nordic = idOf("brands", "Nordic Living");
        long letterbox = idOf("packages", "Brievenbuspakje");
        long box = idOf("packages", "Kartonnen doos");
        useMapping("""
                articles:
                  brand: { source: TextFreeField5, table: article-brands }
                  package: { source: PackageDescription, table: article-packages }
                lookups:
                  article-brands: { NORDIC: "%d" }
                  article-packages: { BRIEF: "%d", "*": "%d" }
                """.formatted(nordic, letterbox, box));
        createItem("ART-7111", "Deken", "35.00", Map.of("TextFreeField5", "NORDIC", "PackageDescription", "BRIEF"));
        createItem("ART-7112", "Kussen", "15.00", Map.of("TextFreeField5", "ACME"));
        createItem("ART-7113", "Plaid", "25.00", Map.of("PackageDescription", "DOOS"));

        run("changed");

        ObjectNode blanket = product("ART-7111");
        assertThat(blanket.path("brand_id").asLong()).isEqualTo(nordic);
        assertThat(blanket.path("package_id").asLong()).isEqualTo(letterbox);
        ObjectNode plaid = product("ART-7113");
        assertThat(plaid.has("brand_id")).as("no brand in Globe: none set").isFalse();
        assertThat(plaid.path("package_id").asLong()).as("the table's \"*\" row").isEqualTo(box);
        assertThat(products("ART-7112")).isEmpty();
        assertThat(parked.byKey("articles", "ART-7112").orElseThrow().reason()).contains("ART-7112")
                .contains("TextFreeField5").contains("'ACME'").contains("lookups.article-brands");

        globe.merge("Item", GlobeKey.code("ART-7111"), Map.of("PackageDescription", "DOOS"));
        ccv.calls().clear();
        run("changed");

        assertThat(patches(blanket.path("id").asLong())).isEqualTo(1);
        assertThat(product("ART-7111").path("package_id").asLong()).isEqualTo(box);
        assertThat(product("ART-7111").path("brand_id").asLong()).isEqualTo(nordic);
    }

    @Test
    void anItemThatLeavesTheSelectionIsDeactivatedByTheFullCompareOnce() {
        createItem("ART-7101", "Kandelaar", "22.00", Map.of());
        createItem("ART-7102", "Vaasje", "12.00", Map.of());
        run("changed");
        long moved = product("ART-7101").path("id").asLong();
        long unsold = product("ART-7102").path("id").asLong();
        globe.merge("Item", GlobeKey.code("ART-7101"), Map.of("Assortment", 3)); // assortment 3 is not published
        globe.merge("Item", GlobeKey.code("ART-7102"), Map.of("IsSalesItem", false));
        ArticlePreview preview = dryRun.preview("ART-7101");
        assertThat(preview.action()).isEqualTo("deactivate");
        assertThat(preview.productId()).isEqualTo(moved);
        ccv.calls().clear();

        run("changed");
        assertThat(patches(moved)).as("outside the changed run's filter: left to the full compare").isZero();

        demoShop = new DemoShopSnapshot(ccv.data());
        run("full");

        assertThat(product("ART-7101").path("is_active").asBoolean()).isFalse();
        assertThat(product("ART-7102").path("is_active").asBoolean()).isFalse();
        assertThat(patches(moved)).as("one PATCH deactivates it").isEqualTo(1);
        assertThat(patches(unsold)).isEqualTo(1);

        ccv.calls().clear();
        run("full");

        assertThat(patches(moved)).as("already inactive: not patched again").isZero();
        assertThat(patches(unsold)).isZero();
        assertThat(products("ART-7101")).as("deactivated, not deleted").hasSize(1);
    }

    @Test
    void aTwoLevelClassTreeIsCreatedOnceParentsFirstAndTheProductSitsInItsLeaf() throws IOException {
        useMapping("""
                articles:
                  category-tree: [ Class02Code, Class01Code ]
                lookups:
                  article-classes: { TUIN: Tuin, GEREEDSCHAP: Tuingereedschap, POTTEN: Bloempotten }
                """);
        createItem("ART-7121", "Schoffel", "18.00", Map.of("Class02Code", "TUIN", "Class01Code", "GEREEDSCHAP"));
        createItem("ART-7122", "Hark", "21.00", Map.of("Class02Code", "TUIN", "Class01Code", "GEREEDSCHAP"));
        ccv.calls().clear();

        run("changed");

        ObjectNode garden = category("Tuin");
        ObjectNode tools = category("Tuingereedschap");
        assertThat(garden.path("parentcategory_id").asLong()).as("top level").isZero();
        assertThat(tools.path("parentcategory_id").asLong()).isEqualTo(garden.path("id").asLong());
        assertThat(categoryPosts()).as("each category created once, the parent first").isEqualTo(2);
        assertThat(garden.path("id").asLong()).isLessThan(tools.path("id").asLong());
        for (String sku : List.of("ART-7121", "ART-7122")) {
            assertThat(categoriesOf(sku)).as(sku + " sits in the leaf only").containsExactly(tools.path("id").asLong());
        }

        createItem("ART-7123", "Spade", "29.00", Map.of("Class02Code", "TUIN", "Class01Code", "GEREEDSCHAP"));
        globe.merge("Item", GlobeKey.code("ART-7121"), Map.of("SalesPrice", new java.math.BigDecimal("19.00")));
        ccv.calls().clear();
        run("changed");

        assertThat(categoryPosts()).as("the second run creates no category").isZero();
        assertThat(categoriesOf("ART-7123")).containsExactly(tools.path("id").asLong());

        globe.merge("Item", GlobeKey.code("ART-7122"), Map.of("Class01Code", "POTTEN"));
        ccv.calls().clear();
        run("changed");

        ObjectNode pots = category("Bloempotten");
        assertThat(pots.path("parentcategory_id").asLong()).as("another branch under the same parent")
                .isEqualTo(garden.path("id").asLong());
        assertThat(categoryPosts()).as("only the new leaf").isEqualTo(1);
        assertThat(categoriesOf("ART-7122")).as("the link moved with the item").containsExactly(pots.path("id").asLong());
        assertThat(categoriesOf("ART-7121")).containsExactly(tools.path("id").asLong());
    }

    @Test
    void featuresBecomeTheProductsSpecsAndAreWrittenAgainOnlyWhenAValueChanged() throws IOException {
        useMapping("""
                articles:
                  specs:
                    - { name: Land van herkomst, source: TextFreeField3, table: article-countries }
                    - { name: Levertijd, source: NumberFreeField2, unit: werkdagen }
                    - { name: Materiaal, source: TextFreeField4 }
                lookups:
                  article-countries: { PT: Portugal, NL: Nederland }
                """);
        createItem("ART-7131", "Theedoek", "6.50", Map.of("TextFreeField3", "PT", "NumberFreeField2", new BigDecimal("3")));

        run("changed");

        assertThat(product("ART-7131").path("specs").asText()).as("blank Materiaal left out").isEqualTo(
                "<table class=\"specs\"><tr><th>Land van herkomst</th><td>Portugal</td></tr>"
                        + "<tr><th>Levertijd</th><td>3 werkdagen</td></tr></table>");

        ObjectNode product = product("ART-7131");
        synchronized (ccv.data()) {
            product.put("specs", "by the merchant");
        }
        globe.merge("Item", GlobeKey.code("ART-7131"), Map.of("SalesPrice", new BigDecimal("7.00")));
        ccv.calls().clear();
        run("changed");

        assertThat(patches(product.path("id").asLong())).isEqualTo(1);
        assertThat(product("ART-7131").path("specs").asText()).as("no spec value changed: specs not sent")
                .isEqualTo("by the merchant");

        globe.merge("Item", GlobeKey.code("ART-7131"), Map.of("NumberFreeField2", new BigDecimal("5"),
                "TextFreeField4", "Katoen & linnen"));
        run("changed");

        assertThat(product("ART-7131").path("specs").asText()).isEqualTo(
                "<table class=\"specs\"><tr><th>Land van herkomst</th><td>Portugal</td></tr>"
                        + "<tr><th>Levertijd</th><td>5 werkdagen</td></tr>"
                        + "<tr><th>Materiaal</th><td>Katoen &amp; linnen</td></tr></table>");
        assertThat(product("ART-7131").path("price").decimalValue()).isEqualByComparingTo("8.47");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** Lays {@code yaml} over the test user mapping until the test ends. */
    private void useMapping(String yaml) throws IOException {
        originalMapping = Files.readString(USER_MAPPING);
        Files.writeString(USER_MAPPING, originalMapping + "\n" + yaml);
        assertThat(mappings.reload()).as("the test mapping is valid").isTrue();
    }

    private ObjectNode category(String name) {
        List<ObjectNode> found = ccv.data().where("categories", c -> name.equals(c.path("name").asText()));
        assertThat(found).as("CCV categories named " + name).hasSize(1);
        return found.get(0);
    }

    private List<Long> categoriesOf(String sku) {
        long id = product(sku).path("id").asLong();
        return ccv.data().where("producttocategories", l -> l.path("product_id").asLong() == id).stream()
                .map(l -> l.path("category_id").asLong()).toList();
    }

    private long categoryPosts() {
        return ccv.calls().calls().stream().filter(c -> "POST".equals(c.method()) && c.status() < 300
                && c.uri().equals("/api/rest/v1/categories")).count();
    }

    private long idOf(String table, String name) {
        return ccv.data().where(table, r -> name.equals(r.path("name").asText())).get(0).path("id").asLong();
    }

    private String run(String mode) {
        return producer.requestBodyAndHeader("direct:articles-run", null, ArticleSelection.MODE_HEADER, mode, String.class);
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

    private long patches(long productId) {
        return ccv.calls().calls().stream().filter(c -> "PATCH".equals(c.method()) && c.status() < 300)
                .map(SimCallLog.Call::uri).filter(u -> u.equals("/api/rest/v1/products/" + productId)).count();
    }
}
