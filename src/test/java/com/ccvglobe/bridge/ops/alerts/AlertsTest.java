package com.ccvglobe.bridge.ops.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ops.OpsTestTarget;
import com.ccvglobe.bridge.support.MessageProperties;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;

/** Alerts reach the webhook receiver (WireMock) and the SMTP receiver the test run starts. */
@QuarkusTest
class AlertsTest {

    private static final String HOOK = "/hooks/" + AlertReceivers.WEBHOOK_TOKEN;

    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;
    @Inject
    Event<Alert> alerts;
    @Inject
    AlertChecks checks;
    @Inject
    DataSource dataSource;

    private void park(String flow, String key, String shopperEmail) {
        target.rejects.put(key, shopperEmail);
        producer.sendBodyAndProperty("direct:opstest-record", key, MessageProperties.FLOW, flow);
    }

    private static long webhookCallsContaining(String text) {
        return AlertReceivers.webhook.findAll(postRequestedFor(urlEqualTo(HOOK))).stream()
                .map(LoggedRequest::getBodyAsString).filter(body -> body.contains(text)).count();
    }

    /** Waits until everything handed to the alert sender before now was delivered (one sender thread, in order). */
    private void drainAlerts(String marker) {
        alerts.fire(new Alert("test-marker", "alerttest", marker, null, "marker"));
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsContaining(marker) > 0);
    }

    @Test
    void parkedMessageNamesFlowRecordAndFieldByWebhookAndMailWithTheShopperMasked() {
        park("alertflow", "alert-order-1", "jan.alert@example.com");

        String expected = "parked in flow alertflow, record order alert-order-1, field customer.email: e-mail address";
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsContaining("record order alert-order-1") > 0);
        AlertReceivers.webhook.verify(postRequestedFor(urlEqualTo(HOOK))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.text", containing(expected))));
        assertThat(webhookCallsContaining("jan.alert@example.com")).isZero();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> AlertReceivers.smtp.messages.stream().anyMatch(m -> m.contains("record order alert-order-1")));
        String mail = AlertReceivers.smtp.messages.stream().filter(m -> m.contains("record order alert-order-1")).findFirst().orElseThrow();
        assertThat(mail).contains("To: ops@bridge.test").contains(expected).doesNotContain("jan.alert@example.com");
    }

    @Test
    void repeatsOfTheSameCauseAreSentOnce() {
        for (int i = 0; i < 4; i++) {
            park("alertflow", "alert-order-2", "repeat.alert@example.com");
        }
        drainAlerts("marker-repeats");
        assertThat(webhookCallsContaining("record order alert-order-2")).isEqualTo(1);
    }

    @Test
    void aFlowParkingMessageAfterMessageRaisesFlowFailingOnce() {
        for (int i = 1; i <= 7; i++) {
            park("failflow", "fail-order-" + i, "fail" + i + "@example.com");
        }
        drainAlerts("marker-failing");
        assertThat(webhookCallsContaining("flow-failing in flow failflow")).isEqualTo(1);
        assertThat(webhookCallsContaining("messages parked within 15 min")).isPositive();
    }

    @Test
    void otherFeaturesFireAlertsAsCdiEvents() {
        alerts.fire(new Alert(Alert.MAPPING_RELOAD_FAILED, "orders", "mapping.yaml", "orders.vatCode",
                "unknown VAT code 9 for shopper mapping.case@example.com"));
        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsContaining("mapping-reload-failed in flow orders") > 0);
        assertThat(webhookCallsContaining("record mapping.yaml, field orders.vatCode: unknown VAT code 9")).isEqualTo(1);
        assertThat(webhookCallsContaining("mapping.case@example.com")).isZero();
    }

    @Test
    void aCursorThatStoppedAdvancingRaisesAnAlert() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO sync_cursor (name, cursor_value, updated_at) VALUES (?, ?, ?)")) {
            ps.setString(1, "stallflow.since");
            ps.setString(2, "2026-01-01T00:00:00Z");
            ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC).minusHours(7));
            ps.executeUpdate();
        }
        try {
            checks.run();
            await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsContaining("cursor-stalled in flow stallflow") > 0);
            assertThat(webhookCallsContaining("record stallflow.since: cursor stallflow.since has not advanced since")).isEqualTo(1);
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement("DELETE FROM sync_cursor WHERE name = ?")) {
                ps.setString(1, "stallflow.since");
                ps.executeUpdate();
            }
        }
    }
}
