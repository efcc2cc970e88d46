package com.ccvglobe.bridge.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityLog;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Recipe (b) of docs/routes.md, the nightly full customers sync, as written: the build puts the file into the
 * suite's routes folder (a leader-only route is taken in at start-up), where the app loaded it. Its trigger is the
 * leader's quartz cron; the full sync it runs repairs a debtor edited by hand in Globe, which the 15-minute poll
 * (CCV data unchanged) leaves alone.
 */
@QuarkusTest
class CustomersRecipeTest {

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

    @Test
    void theRecipeFileIsTheOneInUseAndItsTriggerIsTheLeadersNightlyCron() throws Exception {
        Path loaded = Path.of("target/test-classes/user-routes/customers-nightly-full-sync.camel.yaml");
        assertThat(Files.readString(loaded)).isEqualTo(Files.readString(Path.of("docs/recipes/customers-nightly-full-sync.camel.yaml")));
        String trigger = context.getRoute("customers-nightly").getEndpoint().getEndpointUri();
        assertThat(trigger).startsWith("master:customers-nightly:quartz:customers/nightly").contains("cron=0 0 2 1 1 ? 2099");
        assertThat(context.getRoute("customers-full-sync")).isNotNull();
    }

    @Test
    void theFullSyncRepairsADebtorEditedInGlobeThatThePollLeavesAlone() {
        String email = SandboxCustomers.newEmail("nightly");
        ObjectNode user = sandbox.user(email, "NL", null, 0);
        producer.sendBody("direct:customers-run-now", null);
        GlobeRecord debtor = sandbox.accounts(email).get(0);
        String street = debtor.text("InvoiceAddress");
        sandbox.globe().merge("Account", GlobeKey.guid(debtor.text("ID")), Map.of("InvoiceAddress", "Edited by hand 1"));
        String key = String.valueOf(user.path("id").asLong());
        int rows = activity.find("customers", null, key, null, null, 50).size();

        producer.sendBody("direct:customers-run-now", null);
        assertThat(sandbox.accounts(email).get(0).text("InvoiceAddress")).as("the poll takes changed CCV customers only")
                .isEqualTo("Edited by hand 1");
        assertThat(activity.find("customers", null, key, null, null, 50)).hasSize(rows);

        producer.sendBody("direct:customers-full-sync", null);

        assertThat(sandbox.accounts(email).get(0).text("InvoiceAddress")).as("the full sync compares every customer")
                .isEqualTo(street);
        assertThat(activity.find("customers", null, key, null, null, 50)).hasSize(rows + 1);
    }
}
