package com.ccvglobe.bridge.sandbox.globesim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;

import io.quarkus.test.junit.QuarkusTest;

/**
 * In the application with the sandbox on (the default without vendor URLs), the bridge's Globe connection points at
 * the running simulator: its entity service answers and its company database holds the demo stock.
 */
@QuarkusTest
class SandboxGlobeTest {

    @Inject
    GlobeConnection globe;

    @Test
    void theBridgeIsConnectedToTheSandboxGlobe() throws Exception {
        assertThat(globe.baseUrl()).startsWith("http://127.0.0.1:").endsWith(GlobeSimulator.BASE_PATH);
        assertThat(globe.auth()).isEqualTo(GlobeConfig.Auth.ntlm);
        assertThat(globe.toString()).doesNotContain(globe.password());

        java.net.http.HttpResponse<String> items = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(globe.baseUrl() + "/Item('VERZEND')"))
                        .header("ServerName", globe.serverName()).header("DatabaseName", globe.databaseName())
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (globe.username() + ":" + globe.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.body()).contains("Verzendkosten");

        AtomicInteger rows = new AtomicInteger();
        try (var c = java.sql.DriverManager.getConnection(globe.sqlJdbcUrl(), globe.sqlUsername(), globe.sqlPassword());
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM gbkmut")) {
            rs.next();
            rows.set(rs.getInt(1));
        }
        assertThat(rows.get()).isGreaterThan(100);
    }
}
