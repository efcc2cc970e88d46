package com.ccvglobe.bridge.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Probes and Prometheus answer as Kubernetes and Prometheus expect. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndIncludesTheStateStore() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'flows' }.data.state", equalTo("running"));
    }

    @Test
    void theVendorsAreReportedAsWellnessAndInTheOverallHealth() {
        given().when().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'exact-globe' }.data.state", equalTo("up"))
                .body("checks.find { it.name == 'ccv-shop' }.data.state", equalTo("up"));
        given().when().get("/q/health").then().statusCode(200)
                .body("checks.name", hasItem("exact-globe"))
                .body("checks.name", hasItem("flows"));
    }

    @Test
    void metricsArePrometheusTextWithPerFlowSeries() {
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .body(containsString("bridge_messages_total{flow=\"orders\",outcome=\"parked\""))
                .body(containsString("bridge_retries_total{flow=\"stock\""))
                .body(containsString("bridge_dependency_degraded{dependency=\"exact-globe\""))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
