package com.ccvglobe.bridge.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ops.alerts.AlertReceivers;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs traffic with shoppers' e-mail addresses through a test flow (park, alert, failed and successful replay,
 * discard) and greps the captured application log ({@code %test.quarkus.log.file.path}) for the configured secrets
 * and the e-mail addresses. The full sandbox run through the real flows: {@link PrivacySandboxRunTest}.
 */
@QuarkusTest
class PrivacyLogTest {

    private static final Path LOG = Path.of("target/quarkus.log");
    private static final List<String> SHOPPERS = List.of("privacy.one@example.com", "privacy.two@example.org");

    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;
    @Inject
    ParkedMessages parked;

    @Test
    void noSecretAndNoShopperEmailAddressInTheLog() throws Exception {
        target.rejects.put("privacy-1", SHOPPERS.get(0));
        target.rejects.put("privacy-2", SHOPPERS.get(1));
        producer.sendBody("direct:opstest-record", "privacy-1");
        producer.sendBody("direct:opstest-record", "privacy-2");
        long first = parked.byKey("opstest", "privacy-1").orElseThrow().id();
        long second = parked.byKey("opstest", "privacy-2").orElseThrow().id();
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .when().post("/api/parked/" + first + "/replay").then().statusCode(200);
        target.rejects.remove("privacy-1");
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test")
                .when().post("/api/parked/" + first + "/replay").then().statusCode(200);
        given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test").contentType("application/json")
                .body("{\"reason\":\"shopper " + SHOPPERS.get(1) + " asked to cancel\"}")
                .when().post("/api/parked/" + second + "/discard").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> AlertReceivers.webhook.getAllServeEvents().stream()
                .anyMatch(e -> e.getRequest().getBodyAsString().contains("record order privacy-2")));

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the log capture works").contains("Parked opstest message privacy-1");
        assertThat(log).doesNotContain(AlertReceivers.CCV_SECRET, AlertReceivers.GLOBE_PASSWORD, AlertReceivers.WEBHOOK_TOKEN);
        for (String shopper : SHOPPERS) {
            assertThat(log).doesNotContain(shopper);
        }
        assertThat(log).doesNotContain("@example.com", "@example.org");
    }
}
