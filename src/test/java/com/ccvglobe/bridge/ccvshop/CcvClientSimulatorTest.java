package com.ccvglobe.bridge.ccvshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;

/** The client against the standalone simulator over real HTTP: signing, paging, limits, retries, resources. */
class CcvClientSimulatorTest {

    private static CcvShopSimulator sim;
    private static List<Long> seeded;
    private CcvApi api;

    @BeforeAll
    static void start() {
        sim = new CcvShopSimulator("client-test-public", "client-test-secret");
        sim.start(0);
        seeded = sim.seedOrders(60, 11, false);
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void client() {
        sim.calls().clear();
        sim.faults().clear();
        sim.limits().set(150, 100, 30, 300).enabled(true).reset();
        api = api(CcvClientSettings.defaults().withWaitOn429(Duration.ofMillis(200)).withServerErrorBackoff(Duration.ofMillis(10)));
    }

    private static CcvApi api(CcvClientSettings settings) {
        return new CcvApi(new CcvHttp(new CcvConnection(sim.baseUrl(), "client-test-public", "client-test-secret"), settings));
    }

    @Test
    void theCatalogueIsReadInPagesWithEveryProductsCombinationsInlined() {
        sim.calls().clear();
        List<com.fasterxml.jackson.databind.JsonNode> catalogue = new CcvProducts(api).catalogue(250);

        assertThat(catalogue).hasSize(sim.data().all("products").size());
        assertThat(sim.calls().calls()).allSatisfy(c -> assertThat(c.uri()).contains("expand=attributecombinations")
                .contains("size=250")).hasSize((catalogue.size() + 249) / 250);
        long withCombinations = 0;
        for (com.fasterxml.jackson.databind.JsonNode product : catalogue) {
            long id = product.path("id").asLong();
            Set<String> stored = sim.data().where("attributecombinations", c -> c.path("product_id").asLong() == id).stream()
                    .map(c -> c.path("sku_number").asText()).collect(Collectors.toSet());
            Set<String> inlined = CcvProducts.expandedCombinations(product).stream().map(CcvAttributeCombination::skuNumber)
                    .collect(Collectors.toSet());
            assertThat(inlined).as("combinations of product " + id).isEqualTo(stored);
            withCombinations += stored.isEmpty() ? 0 : 1;
        }
        assertThat(withCombinations).as("the demo shop has variant products").isPositive();
        assertThatThrownBy(() -> api.get("/products", CcvApi.Query.of().with("expand", "everything"),
                com.fasterxml.jackson.databind.JsonNode.class)).hasMessageContaining("expand");
    }

    @Test
    void pagingFollowsNextAcrossThreePages() {
        List<CcvOrder> orders = new CcvOrders(api(CcvClientSettings.defaults().withPageSize(25))).list(CcvOrderFilter.all());
        assertThat(orders).hasSize(60);
        assertThat(orders.stream().map(CcvOrder::id).collect(Collectors.toSet())).isEqualTo(Set.copyOf(seeded));
        assertThat(sim.calls().calls()).extracting(SimCallLog.Call::uri).containsExactly(
                "/api/rest/v1/orders?size=25", "/api/rest/v1/orders?start=25&size=25", "/api/rest/v1/orders?start=50&size=25");
        assertThat(sim.calls().count(200)).isEqualTo(3);
    }

    @Test
    void filtersAreSentAndHonoured() {
        List<CcvOrder> paid = new CcvOrders(api).list(new CcvOrderFilter(1, true, "2020-01-01", null, null, "id_desc"));
        assertThat(paid).isNotEmpty().allSatisfy(o -> assertThat(o.paid()).isTrue());
        assertThat(paid).extracting(CcvOrder::id).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(new CcvOrders(api).list(new CcvOrderFilter(null, null, null, null, false, null))).isEmpty();
        assertThat(sim.calls().calls().get(0).uri())
                .isEqualTo("/api/rest/v1/orders?status=1&is_paid=true&min_create_date=2020-01-01&orderby=id_desc&size=250");
    }

    @Test
    void awkwardQueryValuesVerifyAtTheSimulator() {
        CcvProducts products = new CcvProducts(api);
        String sku = "ÄRT 0001,+x/ü&=%";
        CcvProduct created = products.create(new CcvProductInput(sku, false, "Test ñ product", null, null, null,
                new BigDecimal("9.95"), BigDecimal.ZERO, null, "normal", sim.data().all("packages").get(0).path("id").asLong(),
                true, "product", new BigDecimal("3"), null, null));
        assertThat(products.findByProductnumber(sku)).hasValueSatisfying(p -> {
            assertThat(p.id()).isEqualTo(created.id());
            assertThat(p.isActive()).isFalse();
            assertThat(p.name()).isEqualTo("Test ñ product");
        });
        assertThat(sim.calls().count(401)).isZero();
    }

    @Test
    void a429WaitsAndThenSucceeds() {
        sim.faults().rateLimitBurst(2, "GET orders");
        CcvOrder order = new CcvOrders(api).order(seeded.get(0));
        assertThat(order.id()).isEqualTo(seeded.get(0));
        assertThat(sim.calls().countsPerStatus()).containsEntry(429, 2).containsEntry(200, 1);
    }

    @Test
    void a429AfterTheBoundedWaitsIsTransient() {
        sim.faults().rateLimitBurst(10, "GET orders");
        assertThatThrownBy(() -> new CcvOrders(api).order(seeded.get(0))).isInstanceOf(CcvUnavailableException.class)
                .hasMessageContaining("429.10");
        assertThat(sim.calls().count(429)).isEqualTo(4);
    }

    @Test
    void aBurstOf500IsRetriedForGetButNotForPost() {
        sim.faults().serverErrors(3, "GET orderrows");
        List<CcvOrderRow> rows = new CcvOrders(api).rows(seeded.get(1));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.orderId()).isEqualTo(seeded.get(1)));
        assertThat(sim.calls().countsPerStatus()).containsEntry(500, 3).containsEntry(200, 1);

        sim.calls().clear();
        sim.faults().serverErrors(1, "POST categories");
        assertThatThrownBy(() -> new CcvCatalog(api).createCategory(new CcvCategory.Input("Nieuw", null, null)))
                .isInstanceOf(CcvUnavailableException.class);
        assertThat(sim.calls().calls()).hasSize(1);
    }

    @Test
    void aSlowAnswerTimesOutAndIsTransientAfterBoundedRetries() {
        CcvClientSettings defaults = CcvClientSettings.defaults();
        CcvApi impatient = api(new CcvClientSettings(150, 100, 30, 250, defaults.window(), Duration.ofMillis(10), 3, 1,
                Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofMillis(300), 250, true));
        sim.faults().delay(1_000);
        try {
            assertThatThrownBy(() -> new CcvOrders(impatient).order(seeded.get(0))).isInstanceOf(CcvUnavailableException.class)
                    .isInstanceOf(com.ccvglobe.bridge.support.TransientException.class).hasMessageContaining("Timeout");
        } finally {
            sim.faults().clear();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sim.calls().calls().size() == 2);
    }

    @Test
    void unknownIdsAreNotFoundWhether50024Or404() {
        assertThatThrownBy(() -> new CcvOrders(api).order(1)).isInstanceOf(CcvNotFoundException.class)
                .satisfies(e -> assertThat(((CcvNotFoundException) e).code()).isEqualTo("500.24"));
        sim.settings().notFoundAs404(true);
        try {
            assertThatThrownBy(() -> new CcvOrders(api).order(1)).isInstanceOf(CcvNotFoundException.class);
        } finally {
            sim.settings().notFoundAs404(false);
        }
        assertThat(sim.calls().calls()).hasSize(2);
    }

    @Test
    void wrongCredentialsAreACredentialsError() {
        CcvApi wrong = new CcvApi(new CcvHttp(new CcvConnection(sim.baseUrl(), "client-test-public", "wrong-secret"),
                CcvClientSettings.defaults()));
        assertThatThrownBy(() -> new CcvOrders(wrong).order(seeded.get(0))).isInstanceOf(CcvCredentialsException.class)
                .hasMessageNotContaining("wrong-secret").hasMessageContaining("401.12");
    }

    @Test
    void ordersReadLenientlyWithRowsAndTheEmptyDeliveryAddress() {
        CcvOrders orders = new CcvOrders(api);
        List<CcvOrder> all = orders.list(CcvOrderFilter.all());
        CcvOrder withUser = all.stream().filter(o -> o.user().id() != null).findFirst().orElseThrow();
        assertThat(sim.data().get("orders", withUser.id()).path("user").path("id").isTextual()).isTrue();
        assertThat(withUser.user().id()).matches("\\d+");
        CcvOrder sameAsBilling = all.stream().filter(o -> o.customer().deliveryaddress().isEmpty()).findFirst().orElseThrow();
        assertThat(sameAsBilling.customer().deliveryAddressOrBilling()).isEqualTo(sameAsBilling.customer().billingaddress());
        assertThat(sameAsBilling.customer().billingaddress().countryCode()).isIn("NL", "BE", "DE");
        CcvOrder variantOrder = all.stream().filter(o -> orders.rows(o.id()).stream().anyMatch(r -> !r.subSkuNumber().isEmpty()))
                .findFirst().orElseThrow();
        assertThat(orders.rows(variantOrder.id())).anySatisfy(r -> assertThat(r.subSkuNumber()).matches("ART-00(4\\d|50)-[SML]-(RED|BLUE)"));
    }

    @Test
    void orderUpdatesReachTheShop() {
        long id = seeded.get(2);
        new CcvOrders(api).update(id, CcvOrderUpdate.shipped(5, "3SXYZ", "PostNL", "Onderweg", true));
        CcvOrder order = new CcvOrders(api).order(id);
        assertThat(order.status()).isEqualTo(5);
        assertThat(order.trackAndTraceCode()).isEqualTo("3SXYZ");
        assertThat(order.trackAndTraceCarrier()).isEqualTo("PostNL");
        assertThatThrownBy(() -> new CcvOrders(api).updateStatus(id, 99, false)).isExactlyInstanceOf(CcvBusinessException.class);
    }

    @Test
    void catalogueOperations() {
        CcvProducts products = new CcvProducts(api);
        CcvCatalog catalog = new CcvCatalog(api);
        CcvProduct variantProduct = products.findByProductnumber("ART-0040").orElseThrow();
        List<CcvAttributeCombination> combos = products.combinations(variantProduct.id());
        assertThat(combos).extracting(CcvAttributeCombination::skuNumber).contains("ART-0040-S-RED", "ART-0040-L-BLUE").hasSize(6);
        products.setCombinationStock(combos.get(0).id(), new BigDecimal("17"));
        assertThat(products.combinations(variantProduct.id()).get(0).stock()).isEqualByComparingTo("17");

        CcvProduct plain = products.findByProductnumber("ART-0002").orElseThrow();
        products.setStock(plain.id(), new BigDecimal("4"));
        products.setActive(plain.id(), false);
        assertThat(products.product(plain.id())).satisfies(p -> {
            assertThat(p.stock()).isEqualByComparingTo("4");
            assertThat(p.isActive()).isFalse();
        });
        products.replacePhoto(plain.id(), new CcvProductPhoto.Input(Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3 }),
                "png", "ART-0002", true));
        products.replacePhoto(plain.id(), new CcvProductPhoto.Input(Base64.getEncoder().encodeToString(new byte[] { 4, 5 }),
                "jpg", "ART-0002", true));
        assertThat(products.photos(plain.id())).singleElement().satisfies(p -> assertThat(p.filename()).endsWith(".jpg"));

        CcvCategory sale = catalog.createCategory(new CcvCategory.Input("Uitverkoop", null, null));
        assertThat(catalog.findCategory("uitverkoop", null)).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(sale.id()));
        catalog.link(plain.id(), sale.id());
        assertThat(catalog.productCategories(plain.id())).extracting(CcvCategory.ProductLink::categoryId).contains(sale.id());
        assertThatThrownBy(() -> catalog.link(plain.id(), sale.id())).isInstanceOf(CcvBusinessException.class)
                .satisfies(e -> assertThat(((CcvBusinessException) e).code()).isEqualTo("500.40"));

        CcvAttribute material = catalog.createAttribute("Materiaal", "option_menu_required");
        CcvAttribute.Value wood = catalog.createAttributeValue(material.id(), "Hout", BigDecimal.ZERO);
        assertThat(catalog.attributeValues(material.id())).extracting(CcvAttribute.Value::name).containsExactly("Hout");
        catalog.addProductAttributeValue(plain.id(), new CcvAttribute.ProductValueInput(wood.id(), BigDecimal.ONE, 1, BigDecimal.TEN));
        assertThat(catalog.productAttributeValues(plain.id())).extracting(CcvAttribute.ProductValue::optionvalueName).contains("Hout");
        assertThat(products.combinations(plain.id())).singleElement().satisfies(c -> assertThat(c.skuNumber()).isEqualTo("ART-0002-HOUT"));
    }

    @Test
    void shopInfoAndWebhooks() {
        CcvShopInfo info = new CcvShopInfo(api);
        assertThat(info.paymethods()).extracting(CcvShopRecords.Paymethod::combinedName).contains("iDEAL", "BankTransfer");
        assertThat(info.packages()).isNotEmpty();
        assertThat(info.users()).hasSize(3).allSatisfy(u -> assertThat(u.userinfo().email()).contains("@"));
        CcvWebhooks hooks = new CcvWebhooks(api);
        CcvShopRecords.Webhook hook = hooks.register("orders.created", "https://bridge.example.com/webhooks/ccv/orders.created");
        assertThat(hook.key()).isNotBlank();
        assertThat(hooks.list()).extracting(CcvShopRecords.Webhook::id).contains(hook.id());
        hooks.delete(hook.id());
        assertThat(hooks.list()).extracting(CcvShopRecords.Webhook::id).doesNotContain(hook.id());
    }
}
