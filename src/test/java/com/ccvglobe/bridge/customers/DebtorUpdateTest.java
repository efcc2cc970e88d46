package com.ccvglobe.bridge.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvAddress;
import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.MappingLoader;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;

/**
 * {@code bridge.customers.update-existing}: an existing debtor's address, phone and VAT number follow the order with one
 * MERGE that carries only the fields that differ (standalone Globe simulator).
 */
class DebtorUpdateTest {

    private static GlobeSimulator sim;
    private static GlobeEntityClient client;

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
        GlobeSimulator.Options o = sim.options();
        client = new GlobeEntityClient(new GlobeConnection(sim.baseUrl(), o.serverName(), o.databaseName(), o.username(),
                o.password(), o.domain(), GlobeConfig.Auth.ntlm, sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword()),
                Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    @Test
    void anExistingDebtorFollowsTheOrderWithOneMerge() throws Exception {
        client.create("Account", Map.of("DebtorNumber", "100500", "AccountName", "Jan Jansen", "EmailAddress", "jan@example.com",
                "InvoiceAddress", "Kerkstraat 1", "InvoiceAddressPostCode", "1017 GC", "InvoiceCity", "Amsterdam",
                "InvoiceCountry", "NL", "PhoneNumber", "0612345678"));
        GlobeRecord existing = client.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", "jan@example.com")))
                .orElseThrow();
        CcvAddress moved = new CcvAddress(null, "J.", "Jan", "Jansen", "Jan Jansen", "", "Dorpsstraat 9", null, null, null,
                null, "3511 NK", "Utrecht", null, "Nederland", "NL", "0612345678", null, null);
        CcvCustomer customer = new CcvCustomer(moved, null, "jan@example.com", "b2c", "", "", null, null, null, null, null);
        HttpClient admin = HttpClient.newHttpClient();
        admin.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/calls")).DELETE().build(), HttpResponse.BodyHandlers.discarding());

        new DebtorUpdate(client).apply(MappingLoader.loadDefault(), existing, customer, "order 1");

        GlobeRecord after = client.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", "jan@example.com")))
                .orElseThrow();
        assertThat(after.text("InvoiceAddress")).isEqualTo("Dorpsstraat 9");
        assertThat(after.text("InvoiceCity")).isEqualTo("Utrecht");
        assertThat(after.text("DeliveryCity")).as("delivery follows billing when CCV has none").isEqualTo("Utrecht");
        assertThat(after.text("PhoneNumber")).isEqualTo("0612345678");
        String calls = admin.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/calls")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(calls).contains("\"MERGE Account\":1");
    }
    @Test
    void aLongStreetContinuesOnTheNextLinesAndAShorterOneClearsThem() {
        client.create("Account", Map.of("DebtorNumber", "100501", "AccountName", "Piet Pieters", "EmailAddress", "piet@example.com",
                "InvoiceAddress", "Kerkstraat 1", "InvoiceCountry", "NL"));
        String street = ("Burgemeester van Oldenbarneveltlaan hoek Achterom naast de Kerk ").repeat(2).trim() + " 12";
        CcvCustomer longOne = new CcvCustomer(address(street), null, "piet@example.com", "b2c", "", "", null, null, null, null, null);

        new DebtorUpdate(client).apply(MappingLoader.loadDefault(), piet(), longOne, "order 2");

        GlobeRecord wrapped = piet();
        assertThat(wrapped.text("InvoiceAddress").length()).isLessThanOrEqualTo(100);
        assertThat(wrapped.text("InvoiceAddress") + " " + wrapped.text("InvoiceAddress2")).isEqualTo(street);
        assertThat(wrapped.text("DeliveryAddressline2")).isEqualTo(wrapped.text("InvoiceAddress2"));

        CcvCustomer shortOne = new CcvCustomer(address("Dorpsstraat 9"), null, "piet@example.com", "b2c", "", "", null, null,
                null, null, null);
        new DebtorUpdate(client).apply(MappingLoader.loadDefault(), piet(), shortOne, "order 3");

        GlobeRecord after = piet();
        assertThat(after.text("InvoiceAddress")).isEqualTo("Dorpsstraat 9");
        assertThat(after.text("InvoiceAddress2")).as("the old continuation is cleared").isNullOrEmpty();
        assertThat(after.text("DeliveryAddressline2")).isNullOrEmpty();
    }

    private static CcvAddress address(String street) {
        return new CcvAddress(null, "P.", "Piet", "Pieters", "Piet Pieters", "", street, null, null, null, null, "3511 NK",
                "Utrecht", null, "Nederland", "NL", "0612345678", null, null);
    }

    private static GlobeRecord piet() {
        return client.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", "piet@example.com"))).orElseThrow();
    }
}
