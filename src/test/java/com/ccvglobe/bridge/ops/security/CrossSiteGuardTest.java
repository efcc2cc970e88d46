package com.ccvglobe.bridge.ops.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The cross-site guard covers every state-changing request under /api: the flow triggers served by Camel
 * (platform-http) as well as the JAX-RS resources, with Basic credentials and with the login form's session cookie.
 */
@QuarkusTest
class CrossSiteGuardTest {

    @Inject
    CamelContext camel;

    /** The Camel platform-http triggers; an unknown order id is answered by the route itself. */
    private static final List<String> TRIGGERS = List.of("/api/stock/resync", "/api/stock/sync", "/api/orders/991234567/sync");

    @Test
    void everyPlatformHttpTriggerNeedsTheHeaderWithBasicCredentials() {
        for (String trigger : TRIGGERS) {
            basic().when().post(trigger).then().statusCode(403).body(containsString(CrossSiteRequestGuard.HEADER));
        }
    }

    @Test
    void everyPlatformHttpTriggerNeedsTheHeaderWithTheSessionCookie() {
        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", "admin")
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        for (String trigger : TRIGGERS) {
            given().cookie("quarkus-credential", session).when().post(trigger).then().statusCode(403);
        }
        given().cookie("quarkus-credential", session).header(CrossSiteRequestGuard.HEADER, "test").when()
                .post("/api/stock/sync").then().statusCode(org.hamcrest.Matchers.oneOf(202, 409));
    }

    /** The stock runs these triggers start in the background end before the next test (other tests count writes). */
    @AfterEach
    void stockRunsEnded() {
        await().atMost(Duration.ofSeconds(120)).until(() -> camel.getRoutes().stream().filter(r -> "stock".equals(r.getGroup()))
                .mapToInt(r -> camel.getInflightRepository().size(r.getRouteId())).sum() == 0);
    }

    @Test
    void theTriggersWorkWithTheHeader() {
        basic().header(CrossSiteRequestGuard.HEADER, "test").when().post("/api/stock/resync").then()
                .statusCode(org.hamcrest.Matchers.oneOf(202, 409));
        basic().header(CrossSiteRequestGuard.HEADER, "test").when().post("/api/stock/sync").then()
                .statusCode(org.hamcrest.Matchers.oneOf(202, 409));
        int order = basic().header(CrossSiteRequestGuard.HEADER, "test").when().post(TRIGGERS.get(2)).then().extract().statusCode();
        assertThat(order).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void withoutSignInItStaysUnauthorizedAndAViewerStaysForbidden() {
        for (String trigger : TRIGGERS) {
            given().when().post(trigger).then().statusCode(401);
            given().auth().preemptive().basic("viewer", "viewer").when().post(trigger).then().statusCode(403);
        }
        given().when().post("/api/flows/orders/pause").then().statusCode(401);
    }

    private static RequestSpecification basic() {
        return given().auth().preemptive().basic("admin", "admin");
    }
}
