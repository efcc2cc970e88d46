package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Connections to Globe are reused: NTLM authenticates a connection, so many calls from several threads (and from
 * threads that come and go) cost a handshake per connection, counted alike by the client and by the simulator.
 */
class GlobeConnectionReuseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient ADMIN = HttpClient.newHttpClient();
    private static GlobeSimulator sim;

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @RepeatedTest(5)
    void manyCallsOnFourThreadsCostAtMostOneHandshakePerConnection() throws Exception {
        GlobeSimulator.Options o = sim.options();
        admin("DELETE", "calls");
        int threads = 4;
        int calls = 0;
        try (GlobeEntityClient client = new GlobeEntityClient(new GlobeConnection(sim.baseUrl(), o.serverName(),
                o.databaseName(), "globe-sandbox", o.password(), "SANDBOX", GlobeConfig.Auth.ntlm, sim.jdbcUrl(),
                sim.sqlUsername(), sim.sqlPassword()), Duration.ofSeconds(10))) {
            for (int round = 0; round < 3; round++) {
                // a new pool each round: new threads must reuse the connections earlier threads authenticated
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            assertThat(client.find("Warehouse", GlobeQuery.all())).hasSize(2);
                        }
                        return 10;
                    }));
                }
                for (Future<Integer> f : done) {
                    calls += f.get();
                }
                pool.shutdown();
            }
            JsonNode log = admin("GET", "calls");
            long simulatorCounted = log.path("ntlmHandshakes").asLong();
            assertThat(calls).isEqualTo(120);
            assertThat(simulatorCounted).as("handshakes on the simulator's side").isBetween(1L, (long) threads)
                    .isLessThanOrEqualTo(log.path("connections").asLong());
            assertThat(client.ntlmHandshakes()).as("counted by the client alike").isEqualTo(simulatorCounted);
        }
    }

    private static JsonNode admin(String method, String path) throws Exception {
        HttpResponse<String> response = ADMIN.send(HttpRequest.newBuilder(URI.create(sim.adminUrl() + "/" + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
