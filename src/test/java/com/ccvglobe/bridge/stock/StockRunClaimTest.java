package com.ccvglobe.bridge.stock;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.state.BridgeInstances;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * One stock run at a time, black box: concurrent {@code POST /api/stock/resync} requests against the CCV simulator
 * start one run (the others get 409 naming it) and the simulator sees each change PATCHed once; a claim left by a
 * bridge instance that stopped beating is taken over, one held by a live instance is respected; a replay of a parked
 * SKU runs claimed, or only forgets the SKU while a run is going.
 */
@QuarkusTest
class StockRunClaimTest {

    private static final String OTHER = "other-instance-stock-test";

    @Inject
    ProducerTemplate producer;
    @Inject
    EmbeddedCcvShop shop;
    @Inject
    LastSentValues lastSent;
    @Inject
    RecordLinks links;
    @Inject
    GlobeStockReader stockReader;
    @Inject
    IdempotencyKeys claims;
    @Inject
    BridgeInstances instances;
    @Inject
    StockProgress progress;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void roomierShopLimits() {
        ccv().limits().set(1500, 1000, 30, 3000);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        ccv().faults().clear();
        ccv().limits().set(150, 100, 30, 250);
        awaitNoRun();
        sql("DELETE FROM idempotency_key WHERE flow = ? AND owner = ?", StockRuns.CLAIM_FLOW, OTHER);
        sql("DELETE FROM bridge_instance WHERE instance_id = ?", OTHER);
    }

    private CcvShopSimulator ccv() {
        return shop.simulator();
    }

    private static io.restassured.specification.RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }

    private List<String> stockPatches() {
        return ccv().calls().calls().stream()
                .filter(c -> c.method().equals("PATCH") && (c.resourceMethod().endsWith("products") || c.resourceMethod().endsWith("attributecombinations")))
                .filter(c -> c.status() < 300).map(c -> c.uri()).toList();
    }

    private int linkedStockedSkus() {
        Set<String> stocked = new HashSet<>();
        stockReader.read(level -> stocked.add(level.itemCode()));
        Set<String> linked = new HashSet<>(links.byGlobeKeys("product", stocked).keySet());
        linked.addAll(links.byGlobeKeys("combination", stocked).keySet());
        return linked.size();
    }

    private void awaitNoRun() {
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> claims.holder(StockRuns.CLAIM_FLOW, StockRuns.CLAIM_KEY).filter(c -> !OTHER.equals(c.owner())).isEmpty());
    }

    private void sql(String statement, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** Another bridge instance with its last heartbeat at {@code heartbeat}, holding the stock-run claim since {@code since}. */
    private void claimHeldByOther(Instant heartbeat, Instant since) throws SQLException {
        sql("INSERT INTO bridge_instance (instance_id, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?)", OTHER, "elsewhere",
                since, heartbeat);
        sql("INSERT INTO idempotency_key (flow, message_key, created_at, owner) VALUES (?, ?, ?, ?)", StockRuns.CLAIM_FLOW,
                StockRuns.CLAIM_KEY, since, OTHER);
    }

    @Test
    void fiveConcurrentResyncsStartOneRunAndEveryChangeIsPatchedOnce() throws Exception {
        producer.send("direct:stock-sync", e -> e.getMessage().setBody(null)); // links the catalogue
        ccv().calls().clear();
        ccv().faults().delay(15); // a run of about a hundred PATCHes outlasts the five requests

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(5);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                answers.add(callers.submit(() -> {
                    go.await();
                    return operator().post("/api/stock/resync");
                }));
            }
            go.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get());
            }
            Map<Integer, List<Response>> byStatus = responses.stream().collect(Collectors.groupingBy(Response::statusCode));
            assertThat(byStatus.keySet()).as("statuses").containsExactlyInAnyOrder(202, 409);
            assertThat(byStatus.get(202)).hasSize(1);
            assertThat(byStatus.get(409)).hasSize(4);
            String runId = JsonPath.from(byStatus.get(202).get(0).asString()).getString("runId");
            assertThat(runId).startsWith("stock-");
            for (Response refused : byStatus.get(409)) {
                JsonPath body = JsonPath.from(refused.asString());
                assertThat(body.getString("runId")).as(refused.asString()).isEqualTo(runId);
                assertThat(body.getString("running.kind")).isIn("resync", "unknown");
                assertThat(body.getString("running.phase")).isIn("starting", "reading", "sending");
                assertThat(body.getString("running.instance")).isEqualTo(instances.id());
            }
        } finally {
            callers.shutdownNow();
        }

        awaitNoRun();
        List<String> patches = stockPatches();
        StockRunStatus finished = progress.stored().orElseThrow();
        assertThat(finished.phase()).isEqualTo("finished");
        assertThat(patches).as("every linked SKU once, no duplicates").doesNotHaveDuplicates()
                .hasSize(linkedStockedSkus()).hasSize(finished.changes()).hasSize(lastSent.all("stock").size());
        assertThat(finished.sent()).isEqualTo(finished.changes());

        // the run is over: the next request starts a new one
        ccv().faults().clear();
        operator().post("/api/stock/sync").then().statusCode(202);
        awaitNoRun();
    }

    @Test
    void aClaimOfALiveInstanceIsRespectedAndOneOfAStoppedInstanceIsTakenOver() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(instances::mayTakeOver);
        Instant since = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        claimHeldByOther(Instant.now().plusSeconds(30), since);

        Response refused = operator().post("/api/stock/sync");
        assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
        assertThat(refused.jsonPath().getString("runId")).isEqualTo("stock-" + since);
        assertThat(refused.jsonPath().getString("running.instance")).isEqualTo(OTHER);

        sql("UPDATE bridge_instance SET heartbeat_at = ? WHERE instance_id = ?", Instant.now().minusSeconds(3600), OTHER);
        Response taken = operator().post("/api/stock/resync");
        assertThat(taken.statusCode()).as(taken.asString()).isEqualTo(202);
        String runId = taken.jsonPath().getString("runId");
        assertThat(runId).isNotEqualTo("stock-" + since);

        awaitNoRun();
        assertThat(claims.holder(StockRuns.CLAIM_FLOW, StockRuns.CLAIM_KEY)).as("released at the end").isEmpty();
        StockRunStatus finished = progress.stored().orElseThrow();
        assertThat(finished.runId()).isEqualTo(runId);
        assertThat(finished.phase()).isEqualTo("finished");
        assertThat(finished.sent()).isEqualTo(finished.changes()).isPositive();
    }

    @Test
    void aReplayDuringARunOnlyForgetsTheSkuAndOtherwiseRunsClaimed() throws Exception {
        producer.send("direct:stock-sync", e -> e.getMessage().setBody(null));
        String sku = lastSent.all("stock").keySet().stream().sorted().findFirst().orElseThrow();
        claimHeldByOther(Instant.now().plusSeconds(30), Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS));
        ccv().calls().clear();

        producer.send("direct:stock-replay-sku", e -> e.getMessage().setBody(sku));

        assertThat(stockPatches()).as("nothing sent while another instance runs").isEmpty();
        assertThat(lastSent.get("stock", sku)).as("forgotten: the next run sends it").isEmpty();

        sql("DELETE FROM idempotency_key WHERE flow = ? AND owner = ?", StockRuns.CLAIM_FLOW, OTHER);
        producer.send("direct:stock-replay-sku", e -> e.getMessage().setBody(sku));

        assertThat(stockPatches()).as("the replay's own run sends the SKU").hasSize(1);
        assertThat(lastSent.get("stock", sku)).isPresent();
        assertThat(claims.holder(StockRuns.CLAIM_FLOW, StockRuns.CLAIM_KEY)).as("released").isEmpty();
        assertThat(progress.stored().orElseThrow().kind()).isEqualTo("replay");
    }
}
