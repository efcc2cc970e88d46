package com.ccvglobe.bridge.sandbox.globesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The simulator on its own, over plain HTTP (Basic): strict property names, verbatim (padded) filters, paging,
 * routing headers, the case-insensitive base path, OData errors, the admin API.
 */
class GlobeSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GlobeSimulator sim;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void reset() throws Exception {
        admin("POST", "reset", "");
    }

    @Test
    void rejectsItemCodeOnASalesOrderLineNamingTheProperty() throws Exception {
        HttpResponse<String> wrong = call("POST", "/SalesOrderLine", "{\"ItemCode\":\"ART-0001\",\"Quantity\":1}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrong.body()).at("/error/innererror/internalexception/message").asText())
                .isEqualTo("Property 'ItemCode' does not exist on entity 'SalesOrderLine'");

        HttpResponse<String> right = call("POST", "/SalesOrderLine", "{\"Itemcode\":\"art-0001\",\"Quantity\":1}");
        assertThat(right.statusCode()).isEqualTo(201);
        JsonNode d = JSON.readTree(right.body()).path("d");
        assertThat(d.path("Itemcode").asText()).isEqualTo("ART-0001");
        assertThat(d.path("TransactionKey").asText()).matches("[0-9a-f-]{36}");
    }

    @Test
    void anUnpaddedDebtorFilterFindsNothingAndAPaddedOneFindsTheDebtor() throws Exception {
        assertThat(results("/Account?$filter=" + enc("DebtorNumber eq '1000'")).size()).isZero();
        JsonNode padded = results("/Account?$filter=" + enc("DebtorNumber eq '  1000'"));
        assertThat(padded.size()).isEqualTo(1);
        assertThat(padded.get(0).path("DebtorNumber").asText()).isEqualTo("  1000");
        assertThat(results("/Account?$filter=" + enc("DebtorCode eq '" + " ".repeat(16) + "1000'")).size()).isEqualTo(1);
        assertThat(results("/Account?$filter=" + enc("DebtorCode eq '1000'")).size()).isZero();
    }

    @Test
    void filtersWithFunctionsGuidsAndEscapedQuotes() throws Exception {
        JsonNode account = results("/Account?$filter=" + enc("substringof('Vries', AccountName)")).get(0);
        assertThat(account.path("AccountName").asText()).isEqualTo("Bakkerij de Vries BV");
        String id = account.path("ID").asText();
        assertThat(results("/Account?$filter=" + enc("ID eq guid'{" + id.toUpperCase() + "}'")).size()).isEqualTo(1);
        assertThat(results("/Item?$filter=" + enc("startswith(ItemCode, 'ART-0040-') and Condition eq 'A'")).size()).isEqualTo(6);
        assertThat(results("/Item?$filter=" + enc("Description0 eq 'O''Brien'")).size()).isZero();
        HttpResponse<String> unknown = call("GET", "/Item?$filter=" + enc("itemcode eq 'ART-0001'"), null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Property 'itemcode' does not exist on entity 'Item'");
    }

    @Test
    void pagesWithSkiptokenAndNext() throws Exception {
        admin("POST", "settings", "{\"pageSize\":25}");
        int total = 0;
        String url = sim.baseUrl() + "/Item?$select=ItemCode";
        int pages = 0;
        while (url != null) {
            JsonNode d = JSON.readTree(send("GET", URI.create(url), null).body()).path("d");
            total += d.path("results").size();
            pages++;
            url = d.hasNonNull("__next") ? d.path("__next").asText() : null;
        }
        assertThat(total).isEqualTo(50 + 11 * 6 + 5);
        assertThat(pages).isEqualTo((total + 24) / 25);
    }

    @Test
    void requiresRoutingHeadersAndCredentialsAndMatchesTheBasePathCaseInsensitively() throws Exception {
        HttpRequest noHeaders = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/Item")).header("Authorization", basic()).build();
        HttpResponse<String> missing = HTTP.send(noHeaders, HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("ServerName and DatabaseName");

        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/Item"))
                .header("ServerName", "GLOBESIM").header("DatabaseName", "500").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).contains("NTLM");

        URI lower = URI.create(sim.baseUrl().replace("/services/Exact.Entity.REST.EG", "/Services/exact.entity.rest.eg") + "/Item('ART-0001')");
        HttpResponse<String> item = send("GET", lower, null);
        assertThat(item.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(item.body()).at("/d/__metadata/type").asText()).isEqualTo("Exact.Metadata.Entity.Item");
    }

    @Test
    void padsRightAlignedCodesUpperCasesCodesAndEnforcesLengthsOnWrite() throws Exception {
        HttpResponse<String> created = call("POST", "/Account",
                "{\"DebtorNumber\":\"4711\",\"AccountName\":\"Jansen\",\"PaymentCondition\":\"14\",\"DeliveryCountry\":\"nl\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode d = JSON.readTree(created.body()).path("d");
        assertThat(d.path("DebtorNumber").asText()).isEqualTo("  4711");
        assertThat(d.path("DebtorCode").asText()).isEqualTo(" ".repeat(16) + "4711");
        assertThat(d.path("DeliveryCountry").asText()).isEqualTo("NL");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("Account(guid'"));

        HttpResponse<String> tooLong = call("POST", "/Account", "{\"DebtorNumber\":\"1234567\",\"AccountName\":\"X\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Value of property 'DebtorNumber' of entity 'Account' exceeds the maximum length of 6");

        HttpResponse<String> merged = call("MERGE", "/Account(guid'" + d.path("ID").asText() + "')", "{\"AccountName\":\"Jansen BV\"}");
        assertThat(merged.statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(call("GET", "/Account(guid'" + d.path("ID").asText() + "')", null).body()).at("/d/AccountName").asText())
                .isEqualTo("Jansen BV");
    }

    @Test
    void injectedFaultsAndTheCallLog() throws Exception {
        admin("POST", "faults", "{\"failNext\":2,\"status\":503}");
        assertThat(call("GET", "/Warehouse", null).statusCode()).isEqualTo(503);
        assertThat(call("GET", "/Warehouse", null).statusCode()).isEqualTo(503);
        assertThat(call("GET", "/Warehouse", null).statusCode()).isEqualTo(200);
        admin("POST", "faults", "{\"unauthorized\":true}");
        assertThat(call("GET", "/Warehouse", null).statusCode()).isEqualTo(401);
        admin("DELETE", "faults", "");
        JsonNode calls = JSON.readTree(admin("GET", "calls", "").body());
        assertThat(calls.at("/counts/GET Warehouse").asInt()).isEqualTo(4);
    }

    @Test
    void aRequestUrlOver2048CharactersIsAnswered414AsIisDoes() throws Exception {
        String head = "/Item?$filter=" + enc("ItemCode eq 'ART-0001' or ItemCode eq '");
        String tail = enc("'");
        int filler = GlobeSimulator.MAX_URL_LENGTH - (GlobeSimulator.BASE_PATH + head + tail).length();

        assertThat(results(head + "X".repeat(filler) + tail).size()).as("a URL of exactly 2 048 characters").isEqualTo(1);
        HttpResponse<String> tooLong = call("GET", head + "X".repeat(filler + 1) + tail, null);
        assertThat(tooLong.statusCode()).isEqualTo(414);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(JSON.readTree(admin("GET", "calls", "").body()).path("counts").path("GET Item").asInt()).isEqualTo(2);
    }

    private JsonNode results(String pathAndQuery) throws Exception {
        HttpResponse<String> response = call("GET", pathAndQuery, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("d").path("results");
    }

    private HttpResponse<String> call(String method, String pathAndQuery, String body) throws Exception {
        return send(method, URI.create(sim.baseUrl() + pathAndQuery), body);
    }

    private static HttpResponse<String> send(String method, URI uri, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("ServerName", "GLOBESIM").header("DatabaseName", "500")
                .header("Authorization", basic()).header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/" + path))
                .header("Content-Type", "application/json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return response;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("globe-sandbox:sandbox-secret".getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
