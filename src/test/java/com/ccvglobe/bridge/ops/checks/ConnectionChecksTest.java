package com.ccvglobe.bridge.ops.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.ccvshop.CcvClientSettings;
import com.ccvglobe.bridge.ccvshop.CcvHttp;
import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.ops.ConnectionCheck.Result;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;

/**
 * The CCV Shop and Exact Globe connection checks against standalone simulators with one setting broken at a time:
 * each failed check says what is wrong and what to fix. (With the right settings: {@link SandboxConnectionChecksTest}.)
 */
class ConnectionChecksTest {

    private static final String PUBLIC = "check-public";
    private static final String SECRET = "check-secret-0123456789";
    private static CcvShopSimulator ccv;
    private static GlobeSimulator globe;

    @BeforeAll
    static void start() {
        ccv = new CcvShopSimulator(PUBLIC, SECRET);
        ccv.start(0);
        globe = GlobeSimulator.start(GlobeSimulator.Options.defaults());
    }

    @AfterAll
    static void stop() {
        ccv.stop();
        globe.close();
    }

    private static Map<String, Result> ccvCheck(String baseUrl, String secret, Optional<String> publicUrl) {
        CcvApi api = new CcvApi(new CcvHttp(new CcvConnection(baseUrl, PUBLIC, secret),
                CcvClientSettings.defaults().withServerErrorBackoff(Duration.ofMillis(5))));
        return byName(new CcvShopCheck(api, publicUrl, List.of("orders.created", "orders.updated.ispaid")).run());
    }

    private static Map<String, Result> globeCheck(String baseUrl, String server, String database, String username, String jdbcUrl) {
        GlobeSimulator.Options o = globe.options();
        GlobeConnection connection = new GlobeConnection(baseUrl, server, database, username, o.password(), o.domain(),
                GlobeConfig.Auth.ntlm, jdbcUrl, globe.sqlUsername(), globe.sqlPassword());
        try (GlobeEntityClient client = new GlobeEntityClient(connection, Duration.ofSeconds(5))) {
            GlobeStockReader stock = new GlobeStockReader(jdbcUrl, globe.sqlUsername(), globe.sqlPassword(), GlobeStockReader.defaultQuery());
            return byName(new ExactGlobeCheck(client, stock, null).run()); // the mapping is not read when the connection fails
        }
    }

    private static Map<String, Result> byName(List<Result> results) {
        return results.stream().collect(Collectors.toMap(Result::name, Function.identity()));
    }

    @Test
    void ccvWithTheRightKeysPassesAndMissingWebhooksAreNamed() {
        Map<String, Result> results = ccvCheck(ccv.baseUrl(), SECRET, Optional.of("https://bridge.example.com"));

        assertThat(results.get("credentials valid").ok()).isTrue();
        assertThat(results.get("clock skew").ok()).isTrue();
        assertThat(results.get("clock skew").detail()).contains("differs 0 s from CCV's");
        assertThat(results.get("rate-limit headroom").ok()).isTrue();
        assertThat(results.get("rate-limit headroom").detail()).matches("\\d+ of \\d+ calls per minute in use.*");
        Result webhooks = results.get("webhook registration");
        assertThat(webhooks.ok()).isFalse();
        assertThat(webhooks.detail()).contains("orders.created, orders.updated.ispaid")
                .contains("https://bridge.example.com/webhooks/ccv/");
        assertThat(webhooks.fix()).contains("bridge.webhooks.public-url");
    }

    @Test
    void ccvWithAWrongSecretKeySaysToCheckTheKeyPair() {
        Map<String, Result> results = ccvCheck(ccv.baseUrl(), "wrong-secret", Optional.empty());

        Result credentials = results.get("credentials valid");
        assertThat(credentials.ok()).isFalse();
        assertThat(credentials.detail()).contains("401").doesNotContain("wrong-secret");
        assertThat(credentials.fix()).contains("CCV_PUBLIC_KEY and CCV_SECRET_KEY");
        assertThat(results.get("clock skew").ok()).isFalse();
        assertThat(results.get("clock skew").detail()).startsWith("not checked");
    }

    @Test
    void ccvAtAWrongAddressSaysToCheckTheBaseUrl() throws IOException {
        Map<String, Result> results = ccvCheck("http://127.0.0.1:" + closedPort(), SECRET, Optional.empty());

        assertThat(results.get("credentials valid").ok()).isFalse();
        assertThat(results.get("credentials valid").detail()).startsWith("CCV not reachable");
        assertThat(results.get("credentials valid").fix()).contains("CCV_BASE_URL");
    }

    @Test
    void aClockTwoMinutesOffFails() {
        assertThat(CcvShopCheck.clock(Instant.now().minusSeconds(120).toString()))
                .satisfies(r -> assertThat(r.ok()).isFalse())
                .satisfies(r -> assertThat(r.detail()).contains("differs 120 s").contains("CCV refuses 300 s"))
                .satisfies(r -> assertThat(r.fix()).contains("NTP"));
        assertThat(CcvShopCheck.clock(Instant.now().toString()).ok()).isTrue();
        assertThat(CcvShopCheck.clock(null).ok()).isFalse();
    }

    @Test
    void globeWithAWrongUserSaysToCheckTheCredentials() {
        GlobeSimulator.Options o = globe.options();
        Map<String, Result> results = globeCheck(globe.baseUrl(), o.serverName(), o.databaseName(), "not-the-user", globe.jdbcUrl());

        assertThat(results.get("entity service reachable").ok()).isTrue();
        assertThat(results.get("credentials valid").ok()).isFalse();
        assertThat(results.get("credentials valid").fix()).contains("GLOBE_USERNAME, GLOBE_PASSWORD, GLOBE_DOMAIN");
        assertThat(results.get("mapped codes exist").ok()).isFalse();
        assertThat(results.get("stock SQL readable").ok()).as("the company database is checked on its own").isTrue();
    }

    @Test
    void globeWithAWrongDatabaseNameSaysToSetServerAndDatabase() {
        GlobeSimulator.Options o = globe.options();
        Map<String, Result> results = globeCheck(globe.baseUrl(), o.serverName(), "999", o.username(), globe.jdbcUrl());

        assertThat(results.get("credentials valid").ok()).isTrue();
        Result company = results.get("company (ServerName/DatabaseName) valid");
        assertThat(company.ok()).isFalse();
        assertThat(company.detail()).contains("Cannot open database '999'");
        assertThat(company.fix()).contains("GLOBE_SERVER_NAME and GLOBE_DATABASE_NAME");
    }

    @Test
    void globeAtAWrongAddressAndAnUnreadableStockDatabaseSayWhatToFix() throws IOException {
        GlobeSimulator.Options o = globe.options();
        Map<String, Result> results = globeCheck("http://127.0.0.1:" + closedPort() + GlobeSimulator.BASE_PATH, o.serverName(),
                o.databaseName(), o.username(), "jdbc:h2:mem:no-such-globe;IFEXISTS=TRUE");

        assertThat(results.get("entity service reachable").ok()).isFalse();
        assertThat(results.get("entity service reachable").fix()).contains("GLOBE_BASE_URL");
        Result stock = results.get("stock SQL readable");
        assertThat(stock.ok()).isFalse();
        assertThat(stock.fix()).contains("GLOBE_SQL_JDBC_URL");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
