package com.ccvglobe.bridge.ccvshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.CcvConnection;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;

/**
 * What reading 1 000 orders with their rows costs in calls: 1 000 orders seeded through the simulator's admin
 * API, rate limits lifted on both sides so only the count is measured (the rate is measured by
 * {@link CcvReadCost#main} with the real limits).
 */
class CcvReadCostTest {

    @Test
    void thousandOrdersWithRowsTake4ListCallsAnd1000RowCalls() throws Exception {
        CcvShopSimulator sim = new CcvShopSimulator("cost-public", "cost-secret");
        sim.start(0);
        try {
            HttpResponse<String> seeded = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(sim.baseUrl() + "/sandbox-admin/orders?count=1000&seed=1")).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(seeded.statusCode()).isEqualTo(200);
            sim.calls().clear();
            sim.limits().enabled(false);
            CcvApi api = new CcvApi(new CcvHttp(new CcvConnection(sim.baseUrl(), "cost-public", "cost-secret"),
                    CcvClientSettings.defaults().withLimits(100_000, 100_000, 100_000, 100_000)));

            int rows = CcvReadCost.readOrdersWithRows(api, 0);

            assertThat(rows).isGreaterThanOrEqualTo(1000);
            assertThat(sim.calls().countsPerResourceMethod()).containsEntry("GET orders", 4).containsEntry("GET orderrows", 1000);
            assertThat(api.http().callsSent()).isEqualTo(1004);
            assertThat(sim.calls().count(200)).isEqualTo(1004);
            System.out.printf("Reading 1000 orders with rows: %d calls (%s), %d rows%n", api.http().callsSent(),
                    sim.calls().countsPerResourceMethod(), rows);
        } finally {
            sim.stop();
        }
    }
}
