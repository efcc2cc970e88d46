package com.ccvglobe.bridge.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The customers flow end to end against the sandbox simulators: registered customers are put into the CCV Shop
 * simulator, synced through the flow's direct endpoints, and checked in the Globe simulator over its entity service
 * and call log. The test profile turns bridge.customers.update-existing on and the timer poll off.
 */
@QuarkusTest
class CustomersFlowTest {

    @Inject
    SandboxCustomers sandbox;
    @Inject
    com.ccvglobe.bridge.ops.RaisedAlerts alerts;

    @Inject
    ProducerTemplate producer;

    @Inject
    ActivityLog activity;

    @Inject
    ParkedMessages parked;

    @Inject
    RecordLinks links;

    @Inject
    SyncCursors cursors;

    @Inject
    com.ccvglobe.bridge.privacy.ShopperKeys shopperKeys;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
    }

    private static long id(ObjectNode user) {
        return user.path("id").asLong();
    }

    private ActivityEntry sync(ObjectNode user) {
        producer.sendBody("direct:customers-sync-customer", String.valueOf(id(user)));
        return lastActivity(user);
    }

    private ActivityEntry lastActivity(ObjectNode user) {
        return activity.find("customers", null, String.valueOf(id(user)), null, null, 10).get(0);
    }

    private GlobeRecord onlyDebtor(String email) {
        List<GlobeRecord> found = sandbox.accounts(email);
        assertThat(found).as("one Globe debtor for %s", email).hasSize(1);
        return found.get(0);
    }

    @Test
    void aNewConsumerBecomesAPersonDebtorWithTheDutchDefaults() {
        String email = SandboxCustomers.newEmail("consumer");
        ObjectNode user = sandbox.user(email, "NL", null, 0);

        ActivityEntry row = sync(user);

        GlobeRecord debtor = onlyDebtor(email);
        assertThat(row.status()).isEqualTo(ActivityStatus.COMMITTED);
        assertThat(row.targetRef()).isEqualTo(debtor.text("DebtorNumber").trim());
        assertThat(row.summary()).startsWith("created person debtor").doesNotContain(email);
        assertThat(debtor.text("AccountName")).isEqualTo("Sanne de Boer");
        assertThat(debtor.text("ClassificationID")).as("by customer type b2c").isEqualTo("WEB");
        assertThat(debtor.text("InvoiceCountry")).isEqualTo("NL");
        assertThat(debtor.text("DeliveryCountry")).isEqualTo("NL");
        assertThat(debtor.text("InvoiceAddress")).isEqualTo("Kerkstraat 12");
        assertThat(debtor.text("VatCode")).as("vat.default-per-country NL").isEqualTo("2");
        assertThat(debtor.text("OffsetLedgerAccount")).as("revenue-accounts NL").isEqualTo("8000");
        assertThat(debtor.text("Category_01")).as("cost centre").isEqualTo("WEBSHOP");
        assertThat(debtor.text("Category_02")).as("cost unit NL").isEqualTo("NL");
        assertThat(debtor.text("PaymentCondition")).isEqualTo("14");
        assertThat(debtor.text("TextFreeField1")).as("free field: CCV user id").isEqualTo(String.valueOf(id(user)));
        assertThat(links.byCcvId("debtor", CustomerSync.userKey(id(user)))).hasValueSatisfying(
                l -> assertThat(l.globeKey()).isEqualTo(debtor.text("DebtorNumber").trim()));
        assertThat(links.byCcvId("debtor", shopperKeys.email(email))).as("linked by the e-mail's keyed hash").isPresent();
        assertThat(links.byCcvId("debtor", email)).as("never by the plain address").isEmpty();
    }

    @Test
    void aNewBusinessCustomerBecomesACompanyDebtorWithTheBuyerAsContact() {
        String email = SandboxCustomers.newEmail("buyer");
        ObjectNode user = sandbox.user(email, "DE", "Bäckerei Test GmbH", 0);

        ActivityEntry row = sync(user);

        GlobeRecord debtor = onlyDebtor(email);
        assertThat(row.summary()).startsWith("created company debtor");
        assertThat(debtor.text("AccountName")).isEqualTo("Bäckerei Test GmbH");
        assertThat(debtor.text("ClassificationID")).as("by customer type b2b").isEqualTo("B2B");
        assertThat(debtor.text("VATNumber")).isEqualTo("DE0012345678B01");
        assertThat(debtor.text("VatCode")).isEqualTo("D19");
        assertThat(debtor.text("OffsetLedgerAccount")).isEqualTo("8020");
        assertThat(debtor.text("Category_02")).isEqualTo("DE");
        assertThat(sandbox.contacts(email)).singleElement().satisfies(c -> {
            assertThat(c.text("LastName")).isEqualTo("de Boer");
            assertThat(c.text("FirstName")).isEqualTo("Sanne");
            assertThat(c.text("AccountID")).isEqualToIgnoringCase(debtor.text("ID"));
        });
    }

    @Test
    void classificationByUserGroupThenByCountryAndTheDefaultsOfACountryWithoutRows() {
        // test-user-mapping.yaml: customers.classification.by-group "7" -> VIP, by-country LU -> LUX
        String vipEmail = SandboxCustomers.newEmail("vip");
        sync(sandbox.user(vipEmail, "LU", "Groupe Test SARL", 7));
        String luEmail = SandboxCustomers.newEmail("lux");
        sync(sandbox.user(luEmail, "LU", null, 0));

        GlobeRecord vip = onlyDebtor(vipEmail);
        GlobeRecord lu = onlyDebtor(luEmail);
        assertThat(vip.text("ClassificationID")).as("user group wins over country and type").isEqualTo("VIP");
        assertThat(lu.text("ClassificationID")).as("country wins over type").isEqualTo("LUX");
        assertThat(lu.text("InvoiceCountry")).isEqualTo("LU");
        assertThat(lu.text("VatCode")).as("no default VAT code for LU").isNull();
        assertThat(lu.text("OffsetLedgerAccount")).as("revenue-accounts default").isEqualTo("8000");
        assertThat(lu.text("Category_02")).as("cost-units default").isEqualTo("EXPORT");
    }

    @Test
    void anAddressChangeIsOneMergeOfTheChangedFieldsOnly() throws Exception {
        String email = SandboxCustomers.newEmail("mover");
        ObjectNode user = sandbox.user(email, "NL", null, 0);
        sync(user);
        GlobeRecord before = onlyDebtor(email);
        String guid = before.text("ID");
        assertThat(sandbox.globeCalls("MERGE", guid)).isZero();

        sandbox.billing(user).put("address_line_1", "Damrak 1").put("street", "Damrak").put("housenumber", "1")
                .put("zipcode", "1012 LG").put("full_name", "Sanne van den Berg");
        ActivityEntry row = sync(user);

        assertThat(sandbox.globeCalls("MERGE", guid)).as("one MERGE").isEqualTo(1);
        assertThat(row.status()).isEqualTo(ActivityStatus.COMMITTED);
        assertThat(row.summary()).as("exactly the changed fields; AccountName is create-only")
                .isEqualTo("updated debtor " + before.text("DebtorNumber").trim()
                        + ": InvoiceAddress, InvoiceAddressPostCode, DeliveryAddressline1, DeliveryPostCode");
        GlobeRecord after = onlyDebtor(email);
        assertThat(after.text("InvoiceAddress")).isEqualTo("Damrak 1");
        assertThat(after.text("InvoiceAddressPostCode")).isEqualTo("1012 LG");
        assertThat(after.text("DeliveryAddressline1")).isEqualTo("Damrak 1");
        assertThat(after.text("InvoiceCity")).isEqualTo("Amsterdam");
        assertThat(after.text("AccountName")).isEqualTo("Sanne de Boer");

        ActivityEntry again = sync(user);
        assertThat(sandbox.globeCalls("MERGE", guid)).as("nothing changed, no MERGE").isEqualTo(1);
        assertThat(again.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(again.summary()).contains("up to date");
    }

    @Test
    void anUnknownCountryCodeIsParkedWithTheCustomerAndField() {
        String email = SandboxCustomers.newEmail("nowhere");
        ObjectNode user = sandbox.user(email, "XX", null, 0);

        producer.sendBody("direct:customers-sync-customer", String.valueOf(id(user)));

        assertThat(sandbox.accounts(email)).isEmpty();
        ParkedMessage message = parked.byKey("customers", String.valueOf(id(user))).orElseThrow();
        assertThat(message.reason()).contains("customer " + id(user)).contains("userinfo.billingaddress.country_code")
                .contains("unknown country code 'XX'");
        assertThat(message.attempts()).as("a business error is parked at once").isEqualTo(1);
        assertThat(lastActivity(user).status()).isEqualTo(ActivityStatus.PARKED);
    }

    @Test
    void aCustomerFirstCreatedByAnOrderIsNotCreatedAgain() {
        String email = SandboxCustomers.newEmail("shopper");
        CcvOrder order = sandbox.order(email);
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        GlobeRecord fromOrder = onlyDebtor(email);

        ObjectNode user = sandbox.user("  " + email.toUpperCase() + " ", "NL", null, 0);
        ActivityEntry row = sync(user);

        assertThat(onlyDebtor(email).text("DebtorNumber")).isEqualTo(fromOrder.text("DebtorNumber"));
        assertThat(row.status()).isNotEqualTo(ActivityStatus.PARKED);
        assertThat(row.targetRef()).isEqualTo(fromOrder.text("DebtorNumber").trim());
        assertThat(links.byCcvId("debtor", CustomerSync.userKey(id(user)))).hasValueSatisfying(
                l -> assertThat(l.globeKey()).isEqualTo(fromOrder.text("DebtorNumber").trim()));
    }

    @Test
    void aLinkedDebtorWithAnotherEmailIsReportedNotRelinked() {
        String email = SandboxCustomers.newEmail("renamed");
        ObjectNode user = sandbox.user(email, "NL", null, 0);
        sync(user);
        GlobeRecord debtor = onlyDebtor(email);
        sandbox.globe().merge("Account", GlobeKey.guid(debtor.text("ID")), Map.of("EmailAddress", "someone.else@example.com"));
        sandbox.billing(user).put("city", "Haarlem");

        ActivityEntry row = sync(user);

        assertThat(row.status()).isEqualTo(ActivityStatus.SKIPPED);
        assertThat(row.summary()).startsWith("e-mail mismatch").contains(debtor.text("DebtorNumber").trim())
                .doesNotContain(email).doesNotContain("someone.else@example.com");
        assertThat(sandbox.accounts(email)).as("no second debtor").isEmpty();
        assertThat(alerts.all()).as("an operator hears of it").anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo("email-mismatch");
            assertThat(alert.record()).isEqualTo("CCV customer " + id(user));
            assertThat(alert.message()).doesNotContain(email).doesNotContain("someone.else@example.com");
        });
        assertThat(sandbox.account(debtor.text("DebtorNumber")).text("InvoiceCity")).as("not updated").isEqualTo("Amsterdam");
        assertThat(links.byCcvId("debtor", CustomerSync.userKey(id(user)))).hasValueSatisfying(
                l -> assertThat(l.globeKey()).isEqualTo(debtor.text("DebtorNumber").trim()));
    }

    @Test
    void vendorCallsPerCustomer() throws Exception {
        producer.sendBody("direct:customers-run-now", null);
        ObjectNode person = sandbox.user(SandboxCustomers.newEmail("counted"), "NL", null, 0);
        ObjectNode company = sandbox.user(SandboxCustomers.newEmail("counted"), "NL", "Telbedrijf B.V.", 0);

        int before = sandbox.globeCallLog().size();
        sync(person);
        List<String> personCalls = sandbox.globeCallLog().subList(before, sandbox.globeCallLog().size());
        before = sandbox.globeCallLog().size();
        sync(company);
        List<String> companyCalls = sandbox.globeCallLog().subList(before, sandbox.globeCallLog().size());
        sandbox.billing(person).put("city", "Utrecht");
        before = sandbox.globeCallLog().size();
        sync(person);
        List<String> updateCalls = sandbox.globeCallLog().subList(before, sandbox.globeCallLog().size());
        before = sandbox.globeCallLog().size();
        sandbox.ccvSim().calls().clear();
        producer.sendBody("direct:customers-run-now", null);
        List<String> quietPoll = sandbox.globeCallLog().subList(before, sandbox.globeCallLog().size());

        // Globe's highest debtor number is read once, when the bridge's counter starts (maybe by an earlier test)
        assertThat(personCalls).as("find by e-mail, (highest number,) create").isSubsetOf("GET Account", "POST Account")
                .endsWith("POST Account").hasSizeBetween(2, 3);
        assertThat(companyCalls).as("find by e-mail, create, contact").containsExactly("GET Account", "POST Account",
                "POST ContactPerson");
        assertThat(updateCalls).as("linked debtor read, one MERGE").containsExactly("GET Account", "MERGE Account");
        assertThat(quietPoll).as("nothing changed: no Globe call").isEmpty();
        assertThat(sandbox.ccvSim().calls().calls()).as("one CCV list call per 250 users").hasSize(1);
    }

    @Test
    void runNowSyncsChangedAcceptedCustomersAndAlwaysConfirmsTheCursor() {
        String email = SandboxCustomers.newEmail("polled");
        ObjectNode user = sandbox.user(email, "BE", null, 0);
        String pendingEmail = SandboxCustomers.newEmail("pending");
        ObjectNode pending = sandbox.user(pendingEmail, "NL", null, 0);
        pending.put("approval_status", "pending");

        producer.sendBody("direct:customers-run-now", null);

        GlobeRecord debtor = onlyDebtor(email);
        assertThat(debtor.text("VatCode")).isEqualTo("B21");
        assertThat(sandbox.accounts(pendingEmail)).as("pending customers are not taken").isEmpty();
        String firstCursor = cursors.current(CustomersPoll.CURSOR_NAME).orElseThrow();
        int rows = activity.find("customers", null, String.valueOf(id(user)), null, null, 10).size();

        producer.sendBody("direct:customers-run-now", null);

        assertThat(activity.find("customers", null, String.valueOf(id(user)), null, null, 10))
                .as("unchanged customers are not synced again").hasSize(rows);
        assertThat(cursors.current(CustomersPoll.CURSOR_NAME).orElseThrow()).isGreaterThanOrEqualTo(firstCursor);
        assertThat(cursors.updatedAt(CustomersPoll.CURSOR_NAME)).isPresent();
    }
}
