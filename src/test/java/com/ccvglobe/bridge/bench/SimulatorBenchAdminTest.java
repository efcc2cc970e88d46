package com.ccvglobe.bridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The simulators' admin endpoints the benchmark (bench/run) relies on, over HTTP: a large catalogue, an extra API
 * key pair, customer orders and marking them paid (CCV), many stock receipts at once (Globe).
 */
class SimulatorBenchAdminTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static CcvShopSimulator ccv;
    private static GlobeSimulator globe;

    @BeforeAll
    static void start() {
        ccv = new CcvShopSimulator("shop-public", "shop-secret");
        ccv.start(0);
        ccv.demo().seed();
        globe = GlobeSimulator.start(GlobeSimulator.Options.defaults());
    }

    @AfterAll
    static void stop() {
        ccv.stop();
        globe.close();
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bulkProductsAreListedWithTheirProductNumbersAndStock() throws Exception {
        int before = ccv.data().all("products").size();
        HttpResponse<String> answer = send("POST", ccv.baseUrl() + "/sandbox-admin/products?prefix=BULK-&from=7&count=3&stock=4", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("products").asInt()).isEqualTo(before + 3);
        assertThat(ccv.data().all("products")).filteredOn(p -> p.path("productnumber").asText().startsWith("BULK-"))
                .extracting(p -> p.path("productnumber").asText() + "/" + p.path("stock").asInt() + "/" + p.path("stocktype").asText())
                .containsExactly("BULK-000007/4/product", "BULK-000008/4/product", "BULK-000009/4/product");
    }

    @Test
    void anExtraKeyPairSignsCallsAndTheAnswers() throws Exception {
        String uri = CcvShopSimulator.API_PREFIX + "/products?productnumber=ART-0001";
        String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        HttpRequest unknown = HttpRequest.newBuilder(URI.create(ccv.baseUrl() + uri)).header("x-public", "bench-public")
                .header("x-date", date).header("x-hash", hmac("bench-public|GET|" + uri + "||" + date, "bench-secret")).build();
        assertThat(HTTP.send(unknown, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        assertThat(send("POST", ccv.baseUrl() + "/sandbox-admin/api-keys",
                "{\"publicKey\":\"bench-public\",\"secretKey\":\"bench-secret\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> answer = HTTP.send(unknown, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("items").get(0).path("productnumber").asText()).isEqualTo("ART-0001");
        String responseDate = answer.headers().firstValue("x-date").orElseThrow();
        assertThat(answer.headers().firstValue("x-hash")).contains(
                hmac("bench-public|GET|" + uri + "|" + answer.body() + "|" + responseDate, "bench-secret"));
        assertThat(send("POST", ccv.baseUrl() + "/sandbox-admin/api-keys", "{\"publicKey\":\"x\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void customerOrdersAreUnpaidUntilMarkedPaid() throws Exception {
        HttpResponse<String> placed = send("POST", ccv.baseUrl() + "/sandbox-admin/customer-orders",
                "{\"orders\":[{\"customer\":5,\"skus\":[\"ART-0001\",\"ART-0002\"]},{\"customer\":5,\"skus\":[\"ART-0003\"]}]}");
        assertThat(placed.statusCode()).isEqualTo(200);
        JsonNode ids = JSON.readTree(placed.body()).path("ids");
        long first = ids.get(0).asLong();
        var order = ccv.data().get("orders", first);
        assertThat(order.path("paid").asBoolean()).isFalse();
        assertThat(order.path("customer").path("email").asText()).isEqualTo("shopper5@example.com");
        assertThat(ccv.data().get("orders", ids.get(1).asLong()).path("customer").path("email").asText())
                .isEqualTo("shopper5@example.com");
        assertThat(ccv.data().where("orderrows", r -> r.path("order_id").asLong() == first)).hasSize(2);

        assertThat(send("POST", ccv.baseUrl() + "/sandbox-admin/orders/" + first + "/paid", null).statusCode()).isEqualTo(200);
        assertThat(ccv.data().get("orders", first).path("paid").asBoolean()).isTrue();
        assertThat(send("POST", ccv.baseUrl() + "/sandbox-admin/orders/1/paid", null).statusCode()).isEqualTo(404);
    }

    @Test
    void stockReceiptsFillTheStockTablesTheStockQueryReads() throws Exception {
        HttpResponse<String> answer = send("POST", globe.adminUrl() + "/stock-receipts",
                "{\"receipts\":[{\"itemCode\":\"BULK-1\",\"warehouse\":\"1\",\"quantity\":5},"
                        + "{\"itemCode\":\"BULK-2\",\"warehouse\":\"1\",\"quantity\":7},"
                        + "{\"itemCode\":\"BULK-1\",\"warehouse\":\"1\",\"quantity\":3}]}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("received").asInt()).isEqualTo(3);
        try (var connection = java.sql.DriverManager.getConnection(globe.jdbcUrl(), globe.sqlUsername(), globe.sqlPassword());
                var query = connection.prepareStatement(new String(getClass().getResourceAsStream("/exactglobe/stock-query.sql")
                        .readAllBytes(), StandardCharsets.UTF_8));
                var rows = query.executeQuery()) {
            java.util.Map<String, String> onHand = new java.util.TreeMap<>();
            while (rows.next()) {
                if (rows.getString("ItemCode").startsWith("BULK-")) {
                    onHand.put(rows.getString("ItemCode").trim(), rows.getBigDecimal("OnHand").stripTrailingZeros().toPlainString());
                }
            }
            assertThat(onHand).containsExactly(java.util.Map.entry("BULK-1", "8"), java.util.Map.entry("BULK-2", "7"));
        }
    }
}
