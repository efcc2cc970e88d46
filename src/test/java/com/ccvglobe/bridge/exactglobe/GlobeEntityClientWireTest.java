package com.ccvglobe.bridge.exactglobe;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.requestMadeFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.support.TransientException;
import com.ccvglobe.bridge.support.UnansweredWriteException;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The exact requests the Globe client sends, and how it reads answers and errors (WireMock). */
class GlobeEntityClientWireTest {

    private static final String BASE = "/services/Exact.Entity.REST.EG";
    private static final String SECRET = "s3cret-Pa55";

    private WireMockServer wire;
    private GlobeEntityClient client;

    @BeforeEach
    void start() {
        wire = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        wire.start();
        client = new GlobeEntityClient(connection(wire.baseUrl() + BASE), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        client.close();
        wire.stop();
    }

    private static GlobeConnection connection(String baseUrl) {
        return new GlobeConnection(baseUrl, "SQL01\\EXACT", "500", "bridge", SECRET, "CORP", GlobeConfig.Auth.basic,
                null, null, null);
    }

    @Test
    void readsWithRoutingHeadersPaddedEscapedFilterSelectTopAndTrimsValues() {
        wire.stubFor(get(urlPathEqualTo(BASE + "/Account")).willReturn(okJson("""
                {"d":{"results":[{"__metadata":{"uri":"x","type":"Exact.Metadata.Entity.Account"},
                 "ID":"e4e12d2a-409b-4447-93ad-360efc59a4e5","DebtorNumber":" 12345","AccountName":"Jansen ",
                 "CreatedDate":"/Date(1581465600000)/","Blocked":false}]}}""")));

        List<GlobeRecord> found = client.find("Account", GlobeQuery
                .where(GlobeFilter.eq("DebtorNumber", "12345").and(GlobeFilter.eq("YourReference", "O'Brien")))
                .select("ID", "DebtorNumber").orderBy("ID desc").top(5));

        LoggedRequest sent = wire.findAll(getRequestedFor(urlPathEqualTo(BASE + "/Account"))).get(0);
        assertThat(sent.queryParameter("$filter").firstValue())
                .isEqualTo("(DebtorNumber eq ' 12345') and (YourReference eq 'O''Brien')");
        assertThat(sent.queryParameter("$select").firstValue()).isEqualTo("ID,DebtorNumber");
        assertThat(sent.queryParameter("$orderby").firstValue()).isEqualTo("ID desc");
        assertThat(sent.queryParameter("$top").firstValue()).isEqualTo("5");
        assertThat(sent.getUrl()).contains("%27%2012345%27").doesNotContain("+");
        assertThat(sent.getHeader("ServerName")).isEqualTo("SQL01\\EXACT");
        assertThat(sent.getHeader("DatabaseName")).isEqualTo("500");
        assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text("DebtorNumber")).isEqualTo("12345");
        assertThat(found.get(0).text("AccountName")).isEqualTo("Jansen");
        assertThat(found.get(0).date("CreatedDate").toEpochMilli()).isEqualTo(1581465600000L);
    }

    @Test
    void padsCodesToTheirFullLengthPerEntity() {
        assertThat(GlobeFilter.eq("DebtorCode", "12345").render("Account")).isEqualTo("DebtorCode eq '" + " ".repeat(15) + "12345'");
        assertThat(GlobeFilter.eq("OrderDebtor", "60093").render("SalesOrderHeader")).isEqualTo("OrderDebtor eq ' 60093'");
        assertThat(GlobeFilter.eq("SalesOrderNumber", "42").render("SalesOrderHeader")).isEqualTo("SalesOrderNumber eq '      42'");
        assertThat(GlobeFilter.eq("GeneralLedgerCode", "8000").render("GeneralLedgerAccount"))
                .isEqualTo("GeneralLedgerCode eq '     8000'");
        assertThat(GlobeFilter.eq("YourReference", "CCV-1").render("SalesOrderHeader")).isEqualTo("YourReference eq 'CCV-1'");
        UUID id = UUID.fromString("e4e12d2a-409b-4447-93ad-360efc59a4e5");
        assertThat(GlobeFilter.eq("ID", id).render("Account")).isEqualTo("ID eq guid'e4e12d2a-409b-4447-93ad-360efc59a4e5'");
        assertThat(GlobeFilter.contains("AccountName", "d'Arc").render("Account")).isEqualTo("substringof('d''Arc', AccountName)");
    }

    @Test
    void followsNextLinksAcrossPagesOnTheConfiguredBaseUrl() {
        wire.stubFor(get(urlPathEqualTo(BASE + "/Item")).withQueryParam("$filter", equalTo("Condition eq 'A'"))
                .withQueryParam("$skiptoken", com.github.tomakehurst.wiremock.client.WireMock.absent()).willReturn(okJson("""
                {"d":{"results":[{"ItemCode":"ART-0001"},{"ItemCode":"ART-0002"}],
                 "__next":"http://globe-behind-proxy:8020/Services/Exact.Entity.REST.EG/Item?$filter=Condition%20eq%20'A'&$skiptoken=2"}}""")));
        wire.stubFor(get(urlPathEqualTo(BASE + "/Item")).withQueryParam("$filter", equalTo("Condition eq 'A'"))
                .withQueryParam("$skiptoken", equalTo("2")).willReturn(okJson("""
                {"d":{"results":[{"ItemCode":"ART-0003"}]}}""")));

        List<GlobeRecord> items = client.find("Item", GlobeQuery.where(GlobeFilter.eq("Condition", "A")));

        assertThat(items).extracting(r -> r.text("ItemCode")).containsExactly("ART-0001", "ART-0002", "ART-0003");
        wire.verify(2, getRequestedFor(urlPathEqualTo(BASE + "/Item")));
    }

    @Test
    void mergeSendsOnlyTheChangedPropertiesWithTheMergeVerbUpperCasedAndTruncated() {
        wire.stubFor(request("MERGE", urlEqualTo(BASE + "/Account(guid'e4e12d2a-409b-4447-93ad-360efc59a4e5')"))
                .willReturn(aResponse().withStatus(204)));

        List<GlobeFields.Truncation> cut = client.merge("Account", GlobeKey.guid("{E4E12D2A-409B-4447-93AD-360EFC59A4E5}"),
                Map.of("AccountName", "A".repeat(60), "PaymentCondition", "ab", "DeliveryAddressline1", "Straat 1"));

        LoggedRequest sent = wire.findAll(requestMadeFor(r -> com.github.tomakehurst.wiremock.matching.MatchResult
                .of(r.getMethod().equals(new RequestMethod("MERGE"))))).get(0);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        assertThat(sent.getHeader("ServerName")).isEqualTo("SQL01\\EXACT");
        assertThat(equalToJson("{\"AccountName\":\"" + "A".repeat(50) + "\",\"PaymentCondition\":\"AB\",\"DeliveryAddressline1\":\"Straat 1\"}")
                .match(sent.getBodyAsString()).isExactMatch()).isTrue();
        assertThat(cut).containsExactly(new GlobeFields.Truncation("Account", "AccountName", 60, 50));
    }

    @Test
    void writesASalesOrderThroughTheTransactionKeySequence() {
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderLine")).inScenario("tk").whenScenarioStateIs("Started")
                .willReturn(okJson("{\"d\":{\"ID\":11,\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000001\"}}").withStatus(201))
                .willSetStateTo("second"));
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderLine")).inScenario("tk").whenScenarioStateIs("second")
                .willReturn(okJson("{\"d\":{\"ID\":12,\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000001\"}}").withStatus(201)));
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderHeader")).willReturn(okJson(
                "{\"d\":{\"SalesOrderNumber\":\"      42\",\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000001\"}}").withStatus(201)));

        GlobeDocument order = new GlobeDocumentWriter(client).write(GlobeDocumentType.SALES_ORDER,
                List.of(Map.of("Itemcode", "art-0001", "Quantity", 2, "Price", 19.95),
                        Map.of("Itemcode", "VERZEND", "Quantity", 1, "Price", 6.95)),
                Map.of("OrderDebtor", "100000", "YourReference", "CCV-100234", "Warehouse", "1"));

        assertThat(order.number()).isEqualTo("42");
        assertThat(order.transactionKey()).isEqualTo("c1a2b3c4-0000-0000-0000-000000000001");
        List<LoggedRequest> lines = wire.findAll(postRequestedFor(urlEqualTo(BASE + "/SalesOrderLine")));
        assertThat(equalToJson("{\"Itemcode\":\"ART-0001\",\"Quantity\":2,\"Price\":19.95}").match(lines.get(0).getBodyAsString())
                .isExactMatch()).isTrue();
        assertThat(equalToJson("{\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000001\",\"Itemcode\":\"VERZEND\",\"Quantity\":1,\"Price\":6.95}")
                .match(lines.get(1).getBodyAsString()).isExactMatch()).isTrue();
        LoggedRequest header = wire.findAll(postRequestedFor(urlEqualTo(BASE + "/SalesOrderHeader"))).get(0);
        assertThat(equalToJson("{\"OrderDebtor\":\"100000\",\"YourReference\":\"CCV-100234\",\"Warehouse\":\"1\","
                + "\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000001\"}").match(header.getBodyAsString()).isExactMatch()).isTrue();
        assertThat(lines.get(0).getLoggedDate()).isBeforeOrEqualTo(lines.get(1).getLoggedDate());
        assertThat(lines.get(1).getLoggedDate()).isBeforeOrEqualTo(header.getLoggedDate());
    }

    @Test
    void aRefusedHeaderDeletesTheStagedLinesAndCarriesGlobesMessage() {
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderLine")).willReturn(okJson(
                "{\"d\":{\"ID\":21,\"TransactionKey\":\"c1a2b3c4-0000-0000-0000-000000000002\"}}").withStatus(201)));
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderHeader")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"code":"","message":{"lang":"en-US","value":"Error"},
                         "innererror":{"message":"generic","internalexception":{"message":"Debtor 999 does not exist"}}}}""")));
        wire.stubFor(delete(urlEqualTo(BASE + "/SalesOrderLine(21)")).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> new GlobeDocumentWriter(client).write(GlobeDocumentType.SALES_ORDER,
                List.of(Map.of("Itemcode", "ART-0001", "Quantity", 1), Map.of("Itemcode", "ART-0002", "Quantity", 1)),
                Map.of("OrderDebtor", "999", "YourReference", "CCV-1")))
                .isInstanceOfSatisfying(GlobeValidationException.class, e -> {
                    assertThat(e.globeMessage()).isEqualTo("Debtor 999 does not exist");
                    assertThat(e.record()).isEqualTo("SalesOrderHeader");
                    assertThat(e.getMessage()).contains("Debtor 999 does not exist").contains("2 staged SalesOrderLine deleted");
                });
        wire.verify(2, deleteRequestedFor(urlEqualTo(BASE + "/SalesOrderLine(21)")));
    }

    @Test
    void validationErrorsNameEntityAndProperty() {
        wire.stubFor(post(urlEqualTo(BASE + "/SalesOrderLine")).willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":{\"value\":\"Property 'ItemCode' does not exist on entity 'SalesOrderLine'\"}}}")));

        assertThatThrownBy(() -> client.create("SalesOrderLine", Map.of("ItemCode", "X")))
                .isInstanceOfSatisfying(GlobeValidationException.class, e -> {
                    assertThat(e.record()).isEqualTo("SalesOrderLine");
                    assertThat(e.field()).isEqualTo("ItemCode");
                });
    }

    @Test
    void unauthorizedIsACredentialsErrorWithoutThePassword() {
        wire.stubFor(get(urlPathEqualTo(BASE + "/Item")).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> client.find("Item", GlobeQuery.all()))
                .isInstanceOf(GlobeCredentialsException.class)
                .hasMessageContaining("bridge").hasMessageNotContaining(SECRET);
    }

    @Test
    void serverErrorsTimeoutsAndRefusedConnectionsAreTransient() throws Exception {
        wire.stubFor(get(urlPathEqualTo(BASE + "/Item")).willReturn(aResponse().withStatus(500).withBody(
                "{\"error\":{\"message\":{\"value\":\"Creating an instance of the COM component failed\"}}}")));
        assertThatThrownBy(() -> client.find("Item", GlobeQuery.all())).isInstanceOf(TransientException.class)
                .hasMessageContaining("HTTP 500").hasMessageContaining("COM component");

        wire.stubFor(get(urlPathEqualTo(BASE + "/Warehouse")).willReturn(okJson("{\"d\":{\"results\":[]}}").withFixedDelay(3000)));
        try (GlobeEntityClient impatient = new GlobeEntityClient(connection(wire.baseUrl() + BASE), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.find("Warehouse", GlobeQuery.all())).isInstanceOf(TransientException.class)
                    .isNotInstanceOf(UnansweredWriteException.class);
        }
        // a write sent without an answer may have gone through: the retry must ask before writing again
        wire.stubFor(post(urlPathEqualTo(BASE + "/Warehouse")).willReturn(okJson("{\"d\":{}}").withFixedDelay(3000)));
        try (GlobeEntityClient impatient = new GlobeEntityClient(connection(wire.baseUrl() + BASE), Duration.ofMillis(300))) {
            assertThatThrownBy(() -> impatient.create("Warehouse", Map.of("Code", "9")))
                    .isInstanceOf(UnansweredWriteException.class).hasMessageContaining("POST Warehouse");
        }

        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (GlobeEntityClient nowhere = new GlobeEntityClient(connection("http://127.0.0.1:" + closedPort + BASE), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> nowhere.find("Item", GlobeQuery.all())).isInstanceOf(TransientException.class)
                    .hasMessageNotContaining(SECRET);
            assertThatThrownBy(() -> nowhere.create("Warehouse", Map.of("Code", "9"))).as("never sent: nothing to ask about")
                    .isInstanceOf(TransientException.class).isNotInstanceOf(UnansweredWriteException.class);
        }
    }

    @Test
    void tooLongCodesAreRefusedNotCut() {
        assertThatThrownBy(() -> client.create("Account", Map.of("DebtorNumber", "1234567", "AccountName", "X")))
                .isInstanceOf(com.ccvglobe.bridge.support.BusinessException.class).hasMessageContaining("DebtorNumber");
        wire.verify(0, postRequestedFor(urlEqualTo(BASE + "/Account")));
    }
}
