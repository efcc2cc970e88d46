package com.ccvglobe.bridge.sandbox.ccvsim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The simulator as a black box over HTTP, signing requests here with javax.crypto (not with the bridge's signer). */
class CcvShopSimulatorTest {

    private static final String PUBLIC = "sim-public";
    private static final String SECRET = "sim-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static CcvShopSimulator sim;

    @BeforeAll
    static void start() {
        sim = new CcvShopSimulator(PUBLIC, SECRET);
        sim.start(0);
        sim.seedOrders(30, 7, false);
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void reset() {
        sim.calls().clear();
        sim.faults().clear();
        sim.limits().set(150, 100, 30, 300).enabled(true).reset();
    }

    private static String hmac(String text, String key) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> call(String method, String uri, String body, String publicKey, String secret, String date)
            throws Exception {
        String hash = hmac(publicKey + "|" + method + "|" + uri + "|" + (body == null ? "" : body) + "|" + date, secret);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + uri)).header("x-public", publicKey)
                .header("x-date", date).header("x-hash", hash)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String uri) throws Exception {
        return call("GET", uri, null, PUBLIC, SECRET, now());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws Exception {
        URI base = URI.create(sim.baseUrl());
        assertThat(base.getHost()).isEqualTo("127.0.0.1");
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (Files.isReadable(file)) {
                Files.readAllLines(file).stream().skip(1).map(l -> l.trim().split("\\s+")).filter(f -> "0A".equals(f[3]))
                        .filter(f -> Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == base.getPort())
                        .forEach(f -> listening.add(f[1].substring(0, f[1].indexOf(':'))));
            }
        }
        // 127.0.0.1, in /proc/net/tcp or as an IPv4-mapped address in /proc/net/tcp6
        assertThat(listening).as("listening sockets on the simulator's port (hex address)").isNotEmpty()
                .allSatisfy(a -> assertThat(a).isIn("0100007F", "0000000000000000FFFF00000100007F"));
        for (InetAddress address : NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList()) {
            try (Socket socket = new Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address,
                        base.getPort()), 2000)).as("reached at %s", address).isInstanceOf(ConnectException.class);
            }
        }
    }

    @Test
    void aSignedCallIsAnsweredWithASignedResponse() throws Exception {
        HttpResponse<String> response = get("/api/rest/v1/orders?size=2");
        assertThat(response.statusCode()).isEqualTo(200);
        String date = response.headers().firstValue("x-date").orElseThrow();
        assertThat(response.headers().firstValue("x-hash")).hasValue(
                hmac(PUBLIC + "|GET|/api/rest/v1/orders?size=2|" + response.body() + "|" + date, SECRET));
        JsonNode page = JSON.readTree(response.body());
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("next").asText()).isEqualTo(sim.baseUrl() + "/api/rest/v1/orders?start=2&size=2");
        assertThat(page.has("total")).isFalse();
    }

    @Test
    void wrongHashStaleDateAndUnknownKeyAre401WithTheErrorEnvelope() throws Exception {
        HttpResponse<String> wrongHash = call("GET", "/api/rest/v1/orders", null, PUBLIC, "not-the-secret", now());
        HttpResponse<String> stale = call("GET", "/api/rest/v1/orders", null, PUBLIC, SECRET,
                Instant.now().minus(6, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        HttpResponse<String> unknown = call("GET", "/api/rest/v1/orders", null, "someone-else", SECRET, now());
        assertThat(List.of(wrongHash, stale, unknown)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            JsonNode error = JSON.readTree(r.body());
            assertThat(error.path("status").asInt()).isEqualTo(401);
            assertThat(error.path("developermessage").asText()).isNotBlank();
        });
        assertThat(JSON.readTree(wrongHash.body()).path("code").asText()).isEqualTo("401.12");
        assertThat(JSON.readTree(stale.body()).path("code").asText()).isEqualTo("401.11");
        assertThat(JSON.readTree(unknown.body()).path("code").asText()).isEqualTo("401.10");
        assertThat(sim.calls().count(401)).isEqualTo(3);
    }

    @Test
    void theHashCoversTheQueryAsSent() throws Exception {
        String signedFor = "/api/rest/v1/orders?status=1";
        String date = now();
        String hash = hmac(PUBLIC + "|GET|" + signedFor + "||" + date, SECRET);
        HttpRequest tampered = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/api/rest/v1/orders?status=2"))
                .header("x-public", PUBLIC).header("x-date", date).header("x-hash", hash).GET().build();
        assertThat(HTTP.send(tampered, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void dateFormatsSeenInWorkingClientsAreAccepted() throws Exception {
        String offset = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"));
        String compact = offset.substring(0, offset.length() - 3) + "00";
        assertThat(call("GET", "/api/rest/v1/paymethods", null, PUBLIC, SECRET, offset).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/rest/v1/paymethods", null, PUBLIC, SECRET, compact).statusCode()).isEqualTo(200);
    }

    @Test
    void perResourceMethodAndTotalLimitsAnswer429WithTheirCodes() throws Exception {
        sim.limits().set(3, 100, 30, 5).reset();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/rest/v1/orders").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> perResource = get("/api/rest/v1/orders");
        assertThat(perResource.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(perResource.body()).path("code").asText()).isEqualTo("429.10");
        assertThat(get("/api/rest/v1/products").statusCode()).isEqualTo(200);
        assertThat(get("/api/rest/v1/users").statusCode()).isEqualTo(200);
        HttpResponse<String> total = get("/api/rest/v1/paymethods");
        assertThat(total.statusCode()).isEqualTo(429);
        assertThat(JSON.readTree(total.body()).path("code").asText()).isEqualTo("429.11");
        assertThat(sim.calls().countsPerResourceMethod()).containsEntry("GET orders", 4);
        assertThat(sim.calls().count(429)).isEqualTo(2);
    }

    @Test
    void unknownIdIs50024ByDefaultOr404WhenSwitched() throws Exception {
        assertThat(JSON.readTree(get("/api/rest/v1/orders/1").body()).path("code").asText()).isEqualTo("500.24");
        sim.settings().notFoundAs404(true);
        try {
            assertThat(get("/api/rest/v1/orders/1").statusCode()).isEqualTo(404);
        } finally {
            sim.settings().notFoundAs404(false);
        }
        assertThat(JSON.readTree(get("/api/rest/v1/nosuchthing").body()).path("code").asText()).isEqualTo("404.20");
        assertThat(call("DELETE", "/api/rest/v1/orders", null, PUBLIC, SECRET, now()).statusCode()).isEqualTo(405);
    }

    @Test
    void ordersHaveTheDocumentedQuirks() throws Exception {
        JsonNode orders = JSON.readTree(get("/api/rest/v1/orders?size=30").body()).path("items");
        assertThat(orders).hasSize(30);
        JsonNode order = orders.get(0);
        assertThat(order.has("paid")).isTrue();
        assertThat(order.has("is_paid")).isFalse();
        assertThat(order.path("orderrows").path("href").asText()).endsWith("/orders/" + order.path("id").asLong() + "/orderrows/");
        assertThat(order.has("items")).isFalse();
        boolean anyGuest = false;
        boolean anyUserAsText = false;
        boolean anyEmptyDelivery = false;
        for (JsonNode o : orders) {
            anyGuest |= o.path("user").path("id").isNull();
            anyUserAsText |= o.path("user").path("id").isTextual();
            anyEmptyDelivery |= o.path("customer").path("deliveryaddress").path("country_code").isNull();
        }
        assertThat(anyGuest).isTrue();
        assertThat(anyUserAsText).isTrue();
        assertThat(anyEmptyDelivery).isTrue();
        JsonNode rows = JSON.readTree(get("/api/rest/v1/orders/" + order.path("id").asLong() + "/orderrows").body());
        assertThat(rows.path("items").size()).isPositive();
        assertThat(rows.path("items").get(0).path("order_id").asLong()).isEqualTo(order.path("id").asLong());
    }

    @Test
    void adminApiSeedsInspectsAndInjectsFaults() throws Exception {
        HttpResponse<String> seeded = HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/sandbox-admin/orders?count=3&seed=9"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(seeded.body()).path("ids")).hasSize(3);
        HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/sandbox-admin/faults"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"serverErrors\":2,\"match\":\"GET orders\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get("/api/rest/v1/orders").statusCode()).isEqualTo(500);
        assertThat(get("/api/rest/v1/products").statusCode()).isEqualTo(200);
        assertThat(get("/api/rest/v1/orders").statusCode()).isEqualTo(500);
        assertThat(get("/api/rest/v1/orders").statusCode()).isEqualTo(200);
        JsonNode calls = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/sandbox-admin/calls")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(calls.path("perResourceMethod").path("GET orders").asInt()).isEqualTo(3);
        assertThat(calls.path("perStatus").path("500").asInt()).isEqualTo(2);
        JsonNode state = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/sandbox-admin/state")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(state.path("products").asInt()).isEqualTo(50);
        assertThat(state.path("attributecombinations").asInt()).isEqualTo(66);
    }

    @Test
    void webhooksFireOnCreatePaidAndStatusSignedWithAddressAndBody() throws Exception {
        WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort());
        receiver.start();
        try {
            receiver.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200)));
            String key = null;
            for (String event : List.of("orders.created", "orders.updated.ispaid", "orders.updated.status")) {
                String body = "{\"event\":\"" + event + "\",\"address\":\"http://localhost:" + receiver.port() + "/hooks/" + event + "\"}";
                HttpResponse<String> created = call("POST", "/api/rest/v1/webhooks", body, PUBLIC, SECRET, now());
                assertThat(created.statusCode()).isEqualTo(201);
                key = JSON.readTree(created.body()).path("key").asText();
                assertThat(key).isNotBlank();
            }
            long id = sim.seedOrders(1, 3, true).get(0);
            sim.data().get("orders", id).put("paid", false);
            String patch = "{\"status\":5,\"paid\":true,\"track_and_trace_code\":\"3SABC\",\"mail\":true,\"note\":\"Verzonden\"}";
            assertThat(call("PATCH", "/api/rest/v1/orders/" + id, patch, PUBLIC, SECRET, now()).statusCode()).isEqualTo(204);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sim.webhookDeliveries())
                    .extracting(SimWebhookSender.Delivery::event, SimWebhookSender.Delivery::status)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("orders.created", 200),
                            org.assertj.core.groups.Tuple.tuple("orders.updated.ispaid", 200),
                            org.assertj.core.groups.Tuple.tuple("orders.updated.status", 200)));
            assertThat(receiver.getAllServeEvents()).hasSize(3);
            for (var served : receiver.getAllServeEvents()) {
                LoggedRequest request = served.getRequest();
                String address = request.getAbsoluteUrl();
                String event = address.substring(address.lastIndexOf('/') + 1);
                String hookKey = sim.data().where("webhooks", w -> w.path("event").asText().equals(event)).get(0).path("key").asText();
                assertThat(request.getHeader("x-hash")).isEqualTo(hmac(address + "|" + request.getBodyAsString(), hookKey));
                assertThat(JSON.readTree(request.getBodyAsString()).path("id").asLong()).isEqualTo(id);
            }
            JsonNode deliveries = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl()
                    + "/sandbox-admin/webhook-deliveries")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(deliveries).hasSize(3).allSatisfy(d -> assertThat(d.path("at").asText()).endsWith("Z"));
            JsonNode order = JSON.readTree(get("/api/rest/v1/orders/" + id).body());
            assertThat(order.path("status").asInt()).isEqualTo(5);
            assertThat(order.path("paid").asBoolean()).isTrue();
        } finally {
            receiver.stop();
            sim.data().all("webhooks").forEach(w -> sim.data().delete("webhooks", w.path("id").asLong()));
        }
    }

    @Test
    void productsTakeABrandIdAndSpecsAndShowTheBrandAsAnObject() throws Exception {
        JsonNode brands = JSON.readTree(get("/api/rest/v1/brands").body());
        long brand = brands.path("items").get(0).path("id").asLong();
        String brandName = brands.path("items").get(0).path("name").asText();
        long pack = JSON.readTree(get("/api/rest/v1/packages").body()).path("items").get(0).path("id").asLong();

        HttpResponse<String> unknown = call("POST", "/api/rest/v1/products", "{\"name\":\"Mok\",\"price\":5,\"discount\":0,"
                + "\"package_id\":" + pack + ",\"taxtariff\":\"normal\",\"brand_id\":999}", PUBLIC, SECRET, now());
        assertThat(unknown.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(unknown.body()).path("code").asText()).isEqualTo("500.24");

        HttpResponse<String> created = call("POST", "/api/rest/v1/products", "{\"name\":\"Mok\",\"price\":5,\"discount\":0,"
                + "\"package_id\":" + pack + ",\"taxtariff\":\"normal\",\"brand_id\":" + brand
                + ",\"specs\":\"<table></table>\"}", PUBLIC, SECRET, now());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode product = JSON.readTree(get("/api/rest/v1/products/" + JSON.readTree(created.body()).path("id").asLong()).body());
        assertThat(product.path("brand").path("id").asLong()).isEqualTo(brand);
        assertThat(product.path("brand").path("name").asText()).isEqualTo(brandName);
        assertThat(product.path("package").path("id").asLong()).isEqualTo(pack);
        assertThat(product.has("brand_id")).isFalse();
        assertThat(product.path("specs").asText()).isEqualTo("<table></table>");
    }
}
