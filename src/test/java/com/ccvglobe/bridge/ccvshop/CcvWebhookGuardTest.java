package com.ccvglobe.bridge.ccvshop;

import static com.ccvglobe.bridge.ccvshop.WebhookWire.metric;
import static com.ccvglobe.bridge.ccvshop.WebhookWire.rejected;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The webhook door against forged and oversized deliveries, over real HTTP: bodies are refused by their
 * Content-Length before they are sent, chunked bodies are cut at bridge.webhooks.max-body-bytes (64 KB), deliveries
 * beyond bridge.webhooks.max-concurrent (16) wait for nothing (503), a body not sent within
 * bridge.webhooks.body-timeout (10 s) is answered 408, unknown events 404, and refusals are counted in a metric and
 * summed up in at most one activity row and log line per interval (2 s in tests), with request values escaped.
 */
@QuarkusTest
class CcvWebhookGuardTest {

    private static final String ORDERS_CREATED = "/webhooks/ccv/orders.created";

    @Inject
    ActivityLog activity;

    @Inject
    CcvWebhookRegistration registration;

    @BeforeEach
    void registerWebhooks() {
        registration.register("http://localhost:" + RestAssured.port);
    }

    @Test
    void aLargeContentLengthIsAnswered413BeforeTheBodyIsSent() throws Exception {
        double before = rejected("too-large");
        for (long length : List.of(9L * 1024 * 1024, 50L * 1024 * 1024, 65_537L)) {
            try (WebhookWire wire = WebhookWire.post(ORDERS_CREATED, "Content-Length: " + length)) {
                assertThat(wire.status()).as("Content-Length %d, no body sent", length).isEqualTo(413);
            }
        }
        assertThat(rejected("too-large")).isEqualTo(before + 3);
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimit() throws Exception {
        double before = rejected("too-large");
        try (WebhookWire wire = WebhookWire.post(ORDERS_CREATED, "Transfer-Encoding: chunked")) {
            wire.writeChunked(1024 * 1024);
            assertThat(wire.status()).isEqualTo(413);
        }
        assertThat(rejected("too-large")).isEqualTo(before + 1);
        Path log = Path.of("target/quarkus.log");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> Files.readAllLines(log).stream()
                .noneMatch(l -> l.contains(" ERROR ") && l.contains("/webhooks/")));
    }

    @Test
    void deliveriesBeyondTheBoundAre503AndSlowBodiesAre408() throws Exception {
        List<WebhookWire> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) {
                WebhookWire wire = WebhookWire.post(ORDERS_CREATED, "Content-Length: 100");
                wire.write("{\"id\":".getBytes());
                slow.add(wire);
            }
            await().atMost(Duration.ofSeconds(8)).until(() -> metric("bridge_webhooks_in_flight", "") == 16);
            try (WebhookWire extra = WebhookWire.post(ORDERS_CREATED, "Content-Length: 2")) {
                extra.write("{}".getBytes());
                List<String> answer = extra.answer();
                assertThat(answer.get(0)).contains(" 503 ");
                assertThat(answer).anySatisfy(h -> assertThat(h.toLowerCase()).startsWith("retry-after: "));
            }
            for (WebhookWire wire : slow) {
                assertThat(wire.status()).as("body not sent within the body timeout").isEqualTo(408);
            }
        } finally {
            for (WebhookWire wire : slow) {
                wire.close();
            }
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> metric("bridge_webhooks_in_flight", "") == 0);
        given().contentType("application/json").header("x-hash", "0".repeat(128)).body("{\"id\":1}")
                .when().post(ORDERS_CREATED).then().statusCode(401);
    }

    @Test
    void forgedDeliveriesAreCountedNotWrittenOneRowEach() {
        Instant from = Instant.now().minusMillis(1);
        double before = rejected("bad-signature");
        for (int i = 0; i < 40; i++) {
            given().contentType("application/json").header("x-hash", "ab".repeat(64)).body("{\"id\":" + (900_000 + i) + "}")
                    .when().post(ORDERS_CREATED).then().statusCode(401);
        }
        assertThat(rejected("bad-signature")).isEqualTo(before + 40);
        long sending = Duration.between(from, Instant.now()).toMillis();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summedUp(from)).isGreaterThanOrEqualTo(40));
        // at most one summary row per interval (2 s in tests), one more for the rest after the last delivery
        assertThat(activity.find("webhooks", ActivityStatus.REJECTED, null, from, null, 100)).as("summary rows, not one each")
                .hasSizeLessThanOrEqualTo((int) Math.min(20, sending / 2000 + 2))
                .allSatisfy(e -> assertThat(e.key()).isEqualTo(CcvWebhookRejections.SUMMARY_KEY));
    }

    @Test
    void unknownEventsAre404WithoutWorkAndNeverSplitALogLine() throws Exception {
        double before = rejected("unknown-event");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : List.of("/webhooks/ccv/products.deleted", "/webhooks/other",
                "/webhooks/ccv/orders.created%0aFAKE%20LOG%20LINE")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                    .timeout(Duration.ofSeconds(30)).header("x-hash", "0".repeat(128))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":1}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(rejected("unknown-event")).isEqualTo(before + 3);
        Path log = Path.of("target/quarkus.log");
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.readString(log).contains("orders.created\\u000aFAKE LOG LINE"));
        assertThat(Files.readAllLines(log)).noneMatch(line -> line.startsWith("FAKE LOG LINE"));
    }

    private int summedUp(Instant from) {
        return activity.find("webhooks", ActivityStatus.REJECTED, CcvWebhookRejections.SUMMARY_KEY, from, null, 100).stream()
                .filter(e -> e.errorMessage().contains("bad-signature")).mapToInt(e -> {
                    var m = java.util.regex.Pattern.compile("bad-signature (\\d+)").matcher(e.errorMessage());
                    return m.find() ? Integer.parseInt(m.group(1)) : 0;
                }).sum();
    }
}
