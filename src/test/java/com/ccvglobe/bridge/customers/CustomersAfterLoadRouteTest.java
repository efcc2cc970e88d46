package com.ccvglobe.bridge.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A route of the user's own (a file in the routes folder of the running app, BRIDGE_ROUTES_DIR; in tests
 * target/test-classes/user-routes) replaces the customers flow's extension point {@code customers-after-load} by id
 * and decides on the loaded customer in the body: customers of one e-mail domain are skipped with an activity row,
 * and Globe gets no debtor for them; other customers go on as shipped. Taken out, the shipped route comes back.
 */
@QuarkusTest
class CustomersAfterLoadRouteTest {

    private static final Path FOLDER = Path.of("target/test-classes/user-routes");
    private static final String FILE = "customers-skip-domain.camel.yaml";
    private static final Duration RELOAD = Duration.ofSeconds(20);

    @Inject
    SandboxCustomers sandbox;
    @Inject
    ProducerTemplate producer;
    @Inject
    CamelContext context;
    @Inject
    ActivityLog activity;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
    }

    @AfterEach
    void shippedRouteBack() throws IOException {
        Files.deleteIfExists(FOLDER.resolve(FILE));
        await().atMost(RELOAD).until(() -> description().startsWith("Extension point"));
    }

    private String description() {
        var route = context.getRoute("customers-after-load");
        return route == null || route.getDescription() == null ? "" : route.getDescription();
    }

    private ActivityEntry sync(ObjectNode user) {
        String key = String.valueOf(user.path("id").asLong());
        producer.sendBody("direct:customers-sync-customer", key);
        return activity.find("customers", null, key, null, null, 10).get(0);
    }

    @Test
    void aUserRouteInPlaceOfCustomersAfterLoadSkipsTheCustomersOfOneEmailDomain() throws Exception {
        assertThat(description()).as("shipped: the extension point logs the customer").startsWith("Extension point");
        Files.writeString(FOLDER.resolve(FILE), """
                - route:
                    id: customers-after-load
                    description: "Test: customers of skip.example are not synced"
                    from:
                      uri: direct:customers-after-load
                      steps:
                        - filter:
                            simple: "${body.emailDomain} == 'skip.example'"
                            steps:
                              - setProperty:
                                  name: bridgeStatus
                                  constant: SKIPPED
                              - setProperty:
                                  name: bridgeSummary
                                  simple: "skipped: e-mail domain ${body.emailDomain}"
                              # remembered as it is now: the next polls leave it alone until it changes in CCV
                              - bean:
                                  ref: customerSync
                                  method: synced
                              - to: direct:customers-activity
                              - stop: {}
                """);
        await().atMost(RELOAD).until(() -> description().startsWith("Test: customers of skip.example"));
        String skippedEmail = "staff" + System.nanoTime() % 1000000 + "@Skip.Example";
        ObjectNode staff = sandbox.user(skippedEmail, "NL", null, 0);
        String otherEmail = SandboxCustomers.newEmail("afterload");
        ObjectNode other = sandbox.user(otherEmail, "NL", null, 0);

        ActivityEntry skipped = sync(staff);
        ActivityEntry synced = sync(other);

        assertThat(sandbox.accounts(skippedEmail.toLowerCase())).as("no debtor for the skipped domain").isEmpty();
        assertThat(sandbox.accounts(skippedEmail)).isEmpty();
        assertThat(skipped.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(skipped.summary()).isEqualTo("skipped: e-mail domain skip.example");
        assertThat(sandbox.accounts(otherEmail)).as("other customers become debtors as shipped").hasSize(1);
        assertThat(synced.status()).isEqualTo(ActivityStatus.COMMITTED);
        assertThat(synced.summary()).startsWith("created person debtor ");
        assertThat(synced.targetRef()).isEqualTo(sandbox.accounts(otherEmail).get(0).text("DebtorNumber").trim());

        // noted as synced as it is: the next poll leaves the skipped customer alone
        producer.sendBody("direct:customers-run-now", null);
        assertThat(activity.find("customers", null, String.valueOf(staff.path("id").asLong()), null, null, 10))
                .as("the skipped customer is not taken again by the poll").hasSize(1);
    }
}
