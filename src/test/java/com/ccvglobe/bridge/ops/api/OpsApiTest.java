package com.ccvglobe.bridge.ops.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ops.FlowMetrics;
import com.ccvglobe.bridge.ops.OpsTestTarget;
import com.ccvglobe.bridge.ops.alerts.AlertReceivers;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The management API through HTTP, as an operator's script or the dashboard uses it. */
@QuarkusTest
@QuarkusTestResource(AlertReceivers.class)
class OpsApiTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;
    @Inject
    ParkedMessages parked;
    @Inject
    FlowMetrics metrics;

    static RequestSpecification operator() {
        return given().auth().preemptive().basic("admin", "admin").header("X-Requested-With", "test");
    }

    static RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer").header("X-Requested-With", "test");
    }

    private long park(String key, String email) {
        target.rejects.put(key, email);
        producer.sendBody("direct:opstest-record", key);
        return parked.byKey("opstest", key).orElseThrow().id();
    }

    @Test
    void apiNeedsSignInButHealthDoesNot() {
        given().redirects().follow(false).when().get("/api/flows").then().statusCode(401);
        given().auth().preemptive().basic("admin", "wrong").when().get("/api/flows").then().statusCode(401);
        // OIDC is off unless configured: a bearer token is not a way in.
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").when().get("/api/flows").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.containsStringIgnoringCase("basic"));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void dashboardRedirectsToTheLoginFormAndTheFormSignsIn() {
        given().redirects().follow(false).when().get("/dashboard/").then().statusCode(302)
                .header("Location", containsString("/login.html"));
        given().when().get("/login.html").then().statusCode(200).body(containsString("j_security_check"));
        given().when().get("/webhooks/ccv").then().statusCode(not(equalTo(401)));

        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        assertThat(session).isNotBlank();
        given().cookie("quarkus-credential", session).when().get("/api/me").then().statusCode(200).body("name", equalTo("viewer"));
        given().cookie("quarkus-credential", session).when().get("/dashboard/").then().statusCode(200)
                .body(containsString("dashboard.js"));
        given().cookie("quarkus-credential", session).header("X-Requested-With", "test").when().post("/api/logout")
                .then().statusCode(200).header("Set-Cookie", containsString("Max-Age=0"));

        given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "nope")
                .when().post("/j_security_check").then().statusCode(302).header("Location", containsString("/login.html?error"));
    }

    @Test
    void viewerReadsButCannotChangeAnything() {
        long id = park("api-view-1", "viewer.case@example.com");
        viewer().when().get("/api/parked").then().statusCode(200).body("key", hasItem("api-view-1"));
        viewer().when().post("/api/parked/" + id + "/replay").then().statusCode(403);
        viewer().when().post("/api/flows/opstest/pause").then().statusCode(403);
        assertThat(parked.byId(id)).isPresent();
    }

    @Test
    void stateChangingRequestsNeedTheCrossSiteHeader() {
        long id = park("api-csrf-1", "csrf.case@example.com");
        given().auth().preemptive().basic("admin", "admin").when().post("/api/parked/" + id + "/replay")
                .then().statusCode(403).body("error", containsString("X-Requested-With"));
        assertThat(parked.byId(id)).isPresent();
    }

    @Test
    void replayLeavesTheListOnlyAfterItWorked() {
        long id = park("api-replay-1", "replay.case@example.com");
        operator().when().get("/api/parked/" + id).then().statusCode(200)
                .body("errorField", equalTo("customer.email"))
                .body("payload", equalTo("api-replay-1"))
                .body("reason", not(containsString("replay.case@example.com")));

        operator().when().post("/api/parked/" + id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("PARKED")).body("message", containsString("customer.email"));
        assertThat(parked.byId(id)).as("still parked after a failed replay").isPresent();

        target.rejects.remove("api-replay-1");
        operator().when().post("/api/parked/" + id + "/replay").then().statusCode(200).body("outcome", equalTo("COMMITTED"));
        assertThat(parked.byId(id)).isEmpty();
        assertThat(target.commits).containsOnlyOnce("api-replay-1");
        operator().queryParam("key", "api-replay-1").when().get("/api/activity").then().statusCode(200)
                .body("items.status", hasItem("COMMITTED"))
                .body("items.summary", hasItem("replay of parked message " + id + " by admin: committed"))
                .body("items.summary", hasItem("replay of parked message " + id + " by admin: parked"));
        operator().when().post("/api/parked/" + id + "/replay").then().statusCode(404);
    }

    @Test
    void discardNeedsAReasonAndIsKeptInTheActivityLog() {
        long id = park("api-discard-1", "discard.case@example.com");
        operator().contentType(ContentType.JSON).body(Map.of("reason", " ")).when().post("/api/parked/" + id + "/discard")
                .then().statusCode(400).body("error", containsString("reason"));
        operator().contentType(ContentType.JSON).body(Map.of("reason", "test order, cancelled in the shop"))
                .when().post("/api/parked/" + id + "/discard").then().statusCode(200).body("outcome", equalTo("DISCARDED"));
        assertThat(parked.byId(id)).isEmpty();
        operator().queryParam("key", "api-discard-1").queryParam("status", "discarded").when().get("/api/activity")
                .then().statusCode(200)
                .body("items[0].errorMessage", equalTo("discarded by admin: test order, cancelled in the shop"))
                .body("items[0].errorField", equalTo("customer.email"));
    }

    @Test
    void activityQueryFiltersPagesAndShowsOneEntry() {
        for (String key : List.of("api-page-1", "api-page-2", "api-page-3")) {
            target.rejects.remove(key);
            producer.sendBody("direct:opstest-record", key);
        }
        operator().queryParam("flow", "opstest").queryParam("status", "COMMITTED").queryParam("size", 2)
                .when().get("/api/activity").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("hasMore", equalTo(true)).body("items.flow", not(hasItem("test")));
        int id = operator().queryParam("key", "api-page-2").queryParam("from", "2020-01-01T00:00:00Z")
                .when().get("/api/activity").then().statusCode(200).body("items.size()", equalTo(1))
                .extract().path("items[0].id");
        operator().when().get("/api/activity/" + id).then().statusCode(200)
                .body("key", equalTo("api-page-2")).body("status", equalTo("COMMITTED")).body("attempts", equalTo(1));
        operator().queryParam("key", "api-page-2").queryParam("to", "2020-01-01T00:00:00Z").when().get("/api/activity")
                .then().body("items.size()", equalTo(0));
        operator().queryParam("status", "LOST").when().get("/api/activity").then().statusCode(400);
        operator().queryParam("from", "yesterday").when().get("/api/activity").then().statusCode(400);
        operator().when().get("/api/activity/999999999").then().statusCode(404);
    }

    @Test
    void flowsCanBePausedResumedAndRunNow() {
        producer.sendBody("direct:opstest-record", "api-flow-1");
        operator().when().get("/api/flows").then().statusCode(200).body("flow", hasItem("opstest"));
        operator().when().get("/api/flows/opstest").then().statusCode(200)
                .body("enabled", equalTo(true)).body("canRunNow", equalTo(true))
                .body("routes.id", hasItem("opstest-record")).body("last24h.COMMITTED", org.hamcrest.Matchers.greaterThan(0))
                .body("lastSuccess", org.hamcrest.Matchers.notNullValue());

        operator().when().post("/api/flows/opstest/pause").then().statusCode(200)
                .body("paused", equalTo(true)).body("routes.status", hasItem("Suspended"));
        operator().when().post("/api/flows/opstest/resume").then().statusCode(200)
                .body("paused", equalTo(false)).body("enabled", equalTo(true));

        operator().when().post("/api/flows/opstest/run").then().statusCode(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> target.commits.contains("run-now-order"));
        operator().when().post("/api/flows/operations/run").then().statusCode(404)
                .body("error", containsString("no direct:operations-run-now endpoint"));
        operator().when().post("/api/flows/nosuchflow/pause").then().statusCode(404).body("error", containsString("opstest"));
    }

    @Test
    void connectionCheckRunsEveryRegisteredCheck() {
        viewer().when().get("/api/connection-check").then().statusCode(200)
                .body("ok", equalTo(false))
                .body("systems.system", hasItem("Test system"))
                .body("systems.find { it.system == 'Test system' }.checks.fix",
                        hasItem("set TEST_PASSWORD to the password of the API user"));
    }

    @Test
    void mappingStatusAnswersEvenWithoutAMapping() {
        viewer().when().get("/api/mapping/status").then().statusCode(200).body("available", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void meNamesTheUserAndRoles() {
        viewer().when().get("/api/me").then().statusCode(200).body("name", equalTo("viewer")).body("roles", equalTo(List.of("viewer")));
    }

    @Test
    void openApiDocumentsTheManagementApi() {
        given().redirects().follow(false).when().get("/q/openapi").then().statusCode(401);
        viewer().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/parked/{id}/replay")).body(containsString("/api/flows/{flow}/pause"))
                .body(containsString("/api/activity"));
    }

    @Test
    void lastSuccessAndRateLimiterMetricsAreExported() {
        producer.sendBody("direct:opstest-record", "api-metric-1");
        metrics.rateLimiterWait("GET /orders", Duration.ofMillis(250));
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("bridge_last_success_timestamp_seconds{flow=\"opstest\""))
                .body(containsString("bridge_last_success_timestamp_seconds{flow=\"orders\""))
                .body(containsString("bridge_ratelimiter_wait_seconds_count{resource=\"GET /orders\""));
    }
}
