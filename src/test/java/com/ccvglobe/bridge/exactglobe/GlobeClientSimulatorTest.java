package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;
import com.ccvglobe.bridge.support.TransientException;
import com.ccvglobe.bridge.support.UnansweredWriteException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real client (HttpClient 5 with its NTLM scheme) against the sandbox simulator: the NTLM handshake on one
 * connection, documents through the TransactionKey procedure, a refused header, paging, and the stock query on the
 * simulator's company database (H2).
 */
class GlobeClientSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient ADMIN = HttpClient.newHttpClient();
    private static GlobeSimulator sim;
    private static GlobeEntityClient client;
    private static GlobeDocumentWriter writer;

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
        client = new GlobeEntityClient(connection(GlobeConfig.Auth.ntlm, "globe-sandbox", "SANDBOX"), Duration.ofSeconds(10));
        writer = new GlobeDocumentWriter(client);
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    @BeforeEach
    void reset() throws Exception {
        admin("POST", "reset", "");
    }

    private static GlobeConnection connection(GlobeConfig.Auth auth, String user, String domain) {
        GlobeSimulator.Options o = sim.options();
        return new GlobeConnection(sim.baseUrl(), o.serverName(), o.databaseName(), user, o.password(), domain, auth,
                sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword());
    }

    @Test
    void ntlmHandshakeAuthenticatesTheConnectionOnce() throws Exception {
        try (GlobeEntityClient fresh = new GlobeEntityClient(connection(GlobeConfig.Auth.ntlm, "globe-sandbox", "SANDBOX"),
                Duration.ofSeconds(5))) {
            handshake(fresh);
        }
    }

    private void handshake(GlobeEntityClient client) throws Exception {
        assertThat(client.get("Item", GlobeKey.code("ART-0001"))).hasValueSatisfying(i -> assertThat(i.text("Description0")).isEqualTo("Demo artikel 1"));
        assertThat(client.find("Warehouse", GlobeQuery.all())).hasSize(2);
        assertThat(client.find("VAT", GlobeQuery.where(GlobeFilter.eq("CountryCode", "BE")))).hasSize(2);

        JsonNode calls = JSON.readTree(admin("GET", "calls", "").body()).path("calls");
        List<Integer> statuses = new ArrayList<>();
        calls.forEach(c -> statuses.add(c.path("status").asInt()));
        // anonymous → 401 NTLM; type 1 → 401 with the challenge; type 3 → 200; then the kept-alive connection is trusted
        assertThat(statuses).containsExactly(401, 401, 200, 200, 200);
    }

    @Test
    void wrongNtlmUserAndBasicCredentials() {
        try (GlobeEntityClient stranger = new GlobeEntityClient(connection(GlobeConfig.Auth.ntlm, "mallory", "SANDBOX"), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> stranger.find("Item", GlobeQuery.all().top(1))).isInstanceOf(GlobeCredentialsException.class)
                    .hasMessageContaining("mallory").hasMessageNotContaining(sim.options().password());
        }
        try (GlobeEntityClient basic = new GlobeEntityClient(connection(GlobeConfig.Auth.basic, "globe-sandbox", null), Duration.ofSeconds(5))) {
            assertThat(basic.find("Warehouse", GlobeQuery.all())).hasSize(2);
        }
    }

    @Test
    void createsASalesOrderThatReservesStock() throws Exception {
        GlobeDocument order = writer.write(GlobeDocumentType.SALES_ORDER,
                List.of(Map.of("Itemcode", "art-0003", "Quantity", 4, "VATCode", "2"), Map.of("Itemcode", "VERZEND", "Quantity", 1)),
                Map.of("OrderDebtor", "1000", "YourReference", "CCV-100234", "PaymentCondition", "00", "ShippingVia", "pnl"));

        assertThat(order.number()).isEqualTo("1");
        GlobeRecord header = client.findFirst("SalesOrderHeader",
                GlobeQuery.where(GlobeFilter.eq("YourReference", "CCV-100234"))).orElseThrow();
        assertThat(header.text("SalesOrderNumber")).isEqualTo("1");
        assertThat(header.text("OrderDebtor")).isEqualTo("1000");
        assertThat(header.flag("Completed")).isFalse();
        assertThat(client.find("SalesOrderLine", GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber", "1")))).extracting(l -> l.text("Itemcode"))
                .containsExactly("ART-0003", "VERZEND");

        StockLevel art3 = stock().get("ART-0003@1");
        assertThat(art3.onHand()).isEqualByComparingTo("26");
        assertThat(art3.reserved()).isEqualByComparingTo("4");
        assertThat(art3.free()).isEqualByComparingTo("22");
        assertThat(stock()).doesNotContainKey("VERZEND@1");

        admin("POST", "orders/1/deliver", "");
        StockLevel delivered = stock().get("ART-0003@1");
        assertThat(delivered.onHand()).isEqualByComparingTo("22");
        assertThat(delivered.reserved()).isEqualByComparingTo("0");
        assertThat(client.find("OrderHistoryLine", GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber", 1)))).hasSize(2);

        admin("POST", "orders/1/invoice", "");
        assertThat(client.findFirst("SalesOrderHeader", GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber", "1"))).orElseThrow()
                .flag("Completed")).isTrue();
        assertThat(client.find("InvoiceHistoryHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", "CCV-100234")))).hasSize(1);
    }

    @Test
    void aRefusedHeaderLeavesNoStagedLinesAndSurfacesGlobesMessage() throws Exception {
        assertThatThrownBy(() -> writer.write(GlobeDocumentType.SALES_ORDER,
                List.of(Map.of("Itemcode", "ART-0001", "Quantity", 1), Map.of("Itemcode", "ART-0002", "Quantity", 1)),
                Map.of("OrderDebtor", "999", "YourReference", "CCV-9")))
                .isInstanceOfSatisfying(GlobeValidationException.class, e -> {
                    assertThat(e.globeMessage()).isEqualTo("Debtor 999 does not exist");
                    assertThat(e.getMessage()).contains("2 staged SalesOrderLine deleted");
                });
        assertThat(JSON.readTree(admin("GET", "state", "").body()).path("stagedLines").asInt()).isZero();

        assertThatThrownBy(() -> writer.write(GlobeDocumentType.SALES_ORDER, List.of(Map.of("Itemcode", "ART-9001", "Quantity", 1)),
                Map.of("OrderDebtor", "1000", "YourReference", "CCV-10")))
                .isInstanceOf(GlobeValidationException.class).hasMessageContaining("Item ART-9001 is not active");
        assertThatThrownBy(() -> writer.write(GlobeDocumentType.SALES_ORDER, List.of(Map.of("Itemcode", "ART-0001", "Quantity", 1)),
                Map.of("OrderDebtor", "1000", "YourReference", "CCV-11", "Warehouse", "9")))
                .isInstanceOf(GlobeValidationException.class).hasMessageContaining("Warehouse 9 does not exist");
        assertThat(JSON.readTree(admin("GET", "state", "").body()).path("stagedLines").asInt()).isZero();
    }

    @Test
    void strictModeRefusesASecondOrderWithTheSameReference() throws Exception {
        admin("POST", "settings", "{\"strictYourReference\":true}");
        Map<String, Object> header = Map.of("OrderDebtor", "1000", "YourReference", "CCV-7");
        writer.write(GlobeDocumentType.SALES_ORDER, List.of(Map.of("Itemcode", "ART-0001", "Quantity", 1)), header);
        assertThatThrownBy(() -> writer.write(GlobeDocumentType.SALES_ORDER, List.of(Map.of("Itemcode", "ART-0001", "Quantity", 1)), header))
                .isInstanceOf(GlobeValidationException.class).hasMessageContaining("CCV-7");
    }

    @Test
    void invoicesAndBalancedFinancialEntries() {
        GlobeDocument invoice = writer.write(GlobeDocumentType.INVOICE, List.of(Map.of("ItemCode", "ART-0005", "Quantity", 1)),
                Map.of("OrderDebtor", "1010", "YourReference", "CCV-20", "InvoiceCode", "60", "TranscationDate", java.time.Instant.now()));
        assertThat(invoice.number()).isEqualTo("24000001");

        GlobeDocument entry = writer.write(GlobeDocumentType.FINANCIAL_ENTRY,
                List.of(Map.of("GLAccount", "1100", "Amount", new BigDecimal("121.00")),
                        Map.of("GLAccount", "8000", "Amount", new BigDecimal("-100.00"), "VATCode", "2", "VATAmount", new BigDecimal("-21.00"))),
                Map.of("Journal", "90", "Description", "CCV-21"));
        assertThat(entry.number()).isEqualTo("25000001");

        assertThatThrownBy(() -> writer.write(GlobeDocumentType.FINANCIAL_ENTRY,
                List.of(Map.of("GLAccount", "1100", "Amount", 10), Map.of("GLAccount", "8000", "Amount", -9)), Map.of("Journal", "90")))
                .isInstanceOf(GlobeValidationException.class).hasMessageContaining("not in balance");
    }

    @Test
    void pagingReadsEveryItemAcrossPages() throws Exception {
        admin("POST", "settings", "{\"pageSize\":7}");
        List<GlobeRecord> items = client.find("Item", GlobeQuery.all().select("ItemCode", "Condition"));
        assertThat(items).hasSize(121);
        assertThat(items).extracting(i -> i.text("ItemCode")).doesNotHaveDuplicates().contains("ART-0040-S-RED", "VERZEND", "BETAALKOST");
    }

    @Test
    void injectedServerErrorsAreTransient() throws Exception {
        admin("POST", "faults", "{\"failNext\":1,\"status\":500}");
        assertThatThrownBy(() -> client.find("Warehouse", GlobeQuery.all())).isInstanceOf(TransientException.class);
        assertThat(client.find("Warehouse", GlobeQuery.all())).hasSize(2);
    }

    @Test
    void aLateAnswerTimesTheClientOutAfterTheWriteWentThrough() throws Exception {
        admin("POST", "faults", "{\"lateAnswers\":1,\"lateAnswerTo\":\"POST Warehouse\",\"lateAnswerMillis\":2000}");
        try (GlobeEntityClient impatient = new GlobeEntityClient(connection(GlobeConfig.Auth.ntlm, "globe-sandbox", "SANDBOX"),
                Duration.ofMillis(500))) {
            assertThat(impatient.find("Warehouse", GlobeQuery.all())).as("reads are answered at once").hasSize(2);
            assertThatThrownBy(() -> impatient.create("Warehouse", Map.of("Code", "9", "Description", "Late")))
                    .isInstanceOf(UnansweredWriteException.class);
        }
        assertThat(client.find("Warehouse", GlobeQuery.all())).as("the write went through all the same").hasSize(3);
        assertThat(client.create("Warehouse", Map.of("Code", "8", "Description", "On time")).text("Code"))
                .as("only one answer was late").isEqualTo("8");
    }

    private static Map<String, StockLevel> stock() {
        Map<String, StockLevel> levels = new HashMap<>();
        new GlobeStockReader(sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword(), GlobeStockReader.defaultQuery())
                .read(l -> levels.put(l.itemCode() + "@" + l.warehouse(), l));
        return levels;
    }

    private static HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpResponse<String> response = ADMIN.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/" + path))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return response;
    }
}
