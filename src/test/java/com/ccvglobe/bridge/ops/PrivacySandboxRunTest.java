package com.ccvglobe.bridge.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.articles.ArticleSelection;
import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.ops.alerts.AlertReceivers;
import com.ccvglobe.bridge.sandbox.globesim.SandboxGlobe;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.WebhookKeys;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The privacy check of a realistic sandbox run through the real flows: demo shoppers (persons and companies, NL/BE/DE,
 * some with a separate delivery address) check out in the CCV Shop simulator; the orders are synced one by one and by
 * the orders poll (once while CCV fails), one through the operator API; one is parked by Globe failures and replayed;
 * a stock run and an articles run follow. Then the application log written meanwhile ({@code target/quarkus.log}), the activity rows and
 * the management API's answers are searched for the configured secrets, the sandbox credentials actually used and
 * every shopper's e-mail address, phone number and street line. Any hit fails with the offending line.
 */
@QuarkusTest
class PrivacySandboxRunTest {

    private static final Path LOG = Path.of("target/quarkus.log");

    @Inject
    ProducerTemplate producer;
    @Inject
    SandboxShoppers shoppers;
    @Inject
    SandboxGlobe globeSandbox;
    @Inject
    CcvConnection ccv;
    @Inject
    GlobeConnection globe;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;
    @Inject
    WebhookKeys webhookKeys;

    @Inject
    com.ccvglobe.bridge.state.LastSentValues lastSent;

    /** The sandbox shop's products before the run: its articles run rewrites them from Globe (prices, discounts). */
    private final List<com.fasterxml.jackson.databind.node.ObjectNode> products = new ArrayList<>();

    @BeforeEach
    void roomierShopLimits() {
        // the client's %test pacing is raised; the simulator follows (as StockFlowTest does) so that runs stay quick
        shoppers.simulator().limits().set(1500, 1000, 30, 3000).reset();
        shoppers.simulator().data().all("products").forEach(p -> products.add(p.deepCopy()));
    }

    @AfterEach
    void shopLimitsAndCatalogueBack() {
        shoppers.simulator().limits().set(150, 100, 30, 250).reset();
        // the order tests that run after this one price their rows from the demo catalogue as seeded; the bridge then
        // forgets what its articles and stock runs sent, so that its next runs compare with the shop as it is again
        products.forEach(p -> shoppers.simulator().data().put("products", p));
        lastSent.forgetAll("articles");
        lastSent.forgetAll("stock");
    }

    @Test
    void aFullSandboxRunLeavesNoSecretAndNoPersonalDataInTheLogTheActivityOrTheApi() throws Exception {
        long logStart = Files.exists(LOG) ? Files.size(LOG) : 0;
        Instant start = Instant.now();

        List<SandboxShoppers.PlacedOrder> orders = new ArrayList<>(shoppers.demoOrders(10, 20261129L));
        SandboxShoppers.PlacedOrder failing = shoppers.personBuys("ART-0003", 1);
        orders.add(failing);
        assertThat(orders).extracting(o -> o.order().path("customer").path("billingaddress").path("country_code").asText())
                .contains("NL", "BE", "DE");

        for (SandboxShoppers.PlacedOrder order : orders.subList(0, 4)) {
            producer.sendBody("direct:orders-sync-order", order.key());
        }
        operator().post("/api/orders/" + orders.get(4).key() + "/sync").then().statusCode(200);
        globeAdmin("POST", "faults", "{\"failNext\": 50, \"status\": 500}");
        try {
            producer.sendBody("direct:orders-sync-order", failing.key());
        } finally {
            globeAdmin("DELETE", "faults", null);
        }
        ParkedMessage parkedOrder = parked.byKey("orders", failing.key()).orElseThrow();
        shoppers.simulator().faults().serverErrors(50, "GET orders"); // CCV down during a poll
        try {
            producer.sendBody("direct:orders-poll-once", null);
        } finally {
            shoppers.simulator().faults().clear();
        }
        producer.sendBody("direct:orders-poll-once", null);
        operator().post("/api/parked/" + parkedOrder.id() + "/replay").then().statusCode(200);
        for (SandboxShoppers.PlacedOrder order : orders) {
            producer.sendBody("direct:orders-sync-order", order.key()); // each again: booked ones are skipped
        }
        assertThat(activity.find("orders", ActivityStatus.COMMITTED, failing.key(), null, null, 1)).as("replayed").hasSize(1);
        long committed = orders.stream().filter(o -> !activity.find("orders", ActivityStatus.COMMITTED, o.key(), null, null, 1).isEmpty()).count();
        assertThat(committed).as("the paid orders are booked").isGreaterThanOrEqualTo(6);

        Exchange stock = producer.send("direct:stock-sync", e -> e.getMessage().setBody(null));
        assertThat(stock.getException()).isNull();
        Exchange articles = producer.send("direct:articles-run", e -> e.getMessage().setHeader(ArticleSelection.MODE_HEADER, "changed"));
        assertThat(articles.getException()).isNull();

        assertThat(parked.list("articles")).as("the articles run went through")
                .noneMatch(m -> m.lastFailureAt().isAfter(start));

        Map<String, String> forbidden = forbiddenValues(orders);
        assertThat(find("probe", orders.get(0).order().toString(), forbidden)).as("the search finds unmasked data").isNotEmpty();
        List<String> hits = new ArrayList<>();
        String log = readFrom(LOG, logStart);
        assertThat(log).as("the log capture works").contains("booked in Exact Globe",
                "Parked orders message " + failing.key(), "Orders poll could not list CCV orders, next poll retries: CCV");
        hits.addAll(find("log", log, forbidden));

        List<ActivityEntry> rows = activity.find(null, null, null, start, null, 0, 10_000);
        assertThat(rows).hasSizeGreaterThan(orders.size());
        for (ActivityEntry row : rows) {
            hits.addAll(find("activity row " + row.id(), row.toString(), forbidden));
        }
        StringBuilder answers = new StringBuilder();
        for (String path : List.of("/api/activity?size=200", "/api/activity?flow=orders&size=200", "/api/parked", "/api/flows",
                "/api/mapping/status", "/api/connection-check", "/api/activity/" + rows.get(0).id(),
                "/api/activity?key=" + failing.key())) {
            answers.append(path).append(": ").append(operator().get(path).then().extract().asString()).append('\n');
        }
        for (ActivityEntry row : rows) {
            answers.append("/api/activity/").append(row.id()).append(": ")
                    .append(operator().get("/api/activity/" + row.id()).then().statusCode(200).extract().asString()).append('\n');
        }
        for (ParkedMessage message : parked.list(null)) {
            answers.append("/api/parked/").append(message.id()).append(": ")
                    .append(operator().get("/api/parked/" + message.id()).then().extract().asString()).append('\n');
        }
        hits.addAll(find("API", answers.toString(), forbidden));

        assertThat(hits).as("secrets or personal data found").isEmpty();
    }

    /** What must not appear, with a label saying what it is (the label, not the value, goes into the failure). */
    private Map<String, String> forbiddenValues(List<SandboxShoppers.PlacedOrder> orders) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(AlertReceivers.CCV_SECRET, "configured ccv.secret-key");
        values.put(AlertReceivers.GLOBE_PASSWORD, "configured globe.password");
        values.put(AlertReceivers.WEBHOOK_TOKEN, "alert webhook token");
        values.put(ccv.secretKey(), "CCV secret key in use");
        values.put(globe.password(), "Globe password in use");
        if (globe.sqlPassword() != null && globe.sqlPassword().length() >= 6) {
            values.put(globe.sqlPassword(), "Globe SQL password in use");
        }
        webhookKeys.all().forEach(k -> values.put(k.signingKey(), "CCV webhook signing key of " + k.event()));
        ConfigProvider.getConfig().getOptionalValue("quarkus.http.auth.session.encryption-key", String.class)
                .ifPresent(key -> values.put(key, "session encryption key"));
        for (SandboxShoppers.PlacedOrder order : orders) {
            for (String personal : order.personalData()) {
                values.put(personal, "personal data of CCV order " + order.id());
            }
        }
        values.keySet().removeIf(v -> v == null || v.isBlank());
        return values;
    }

    private static List<String> find(String where, String text, Map<String, String> forbidden) {
        Set<String> hits = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            for (Map.Entry<String, String> value : forbidden.entrySet()) {
                if (line.contains(value.getKey())) {
                    hits.add(where + " holds the " + value.getValue() + ": " + line);
                }
            }
        }
        return List.copyOf(hits);
    }

    private static String readFrom(Path file, long offset) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long from = in.length() < offset ? 0 : offset; // rotated meanwhile: read it all
            byte[] bytes = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void globeAdmin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(globeSandbox.simulator().adminUrl() + "/" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("Globe admin %s %s", method, path).isLessThan(300);
    }

    private static RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }
}
