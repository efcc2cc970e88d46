package com.ccvglobe.bridge.sandbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The sandbox simulators run on the app's Vert.x: their calls, one URI per order or item, must not become
 * http_server_requests series in /q/metrics (100 distinct URIs would use up the tag limit and drop the app's own).
 */
@QuarkusTest
class SimulatorMetricsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    SandboxSystems sandbox;

    @Test
    void simulatorUrisMakeNoHttpServerSeries() throws Exception {
        String shop = sandbox.shop().baseUrl();
        String globe = sandbox.globeAdminUrl().replace("/sandbox-admin", "");
        for (int i = 0; i < 5; i++) {
            call(shop + "/api/rest/v1/orders/" + (777_000 + i));
            call(shop + "/sandbox-admin/state/orders");
            call(globe + "/services/Exact.Entity.REST.EG/Item('SKU-METRIC-" + i + "')");
            call(globe + "/sandbox-admin/items/SKU-METRIC-" + i + "/image");
        }
        given().when().get("/login.html").then().statusCode(200);

        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).as("the app's own requests are measured").contains("http_server_requests_seconds_count{");
        assertThat(metrics.lines().filter(l -> l.startsWith("http_server_requests")).toList())
                .as("no series for the simulators' URIs").noneMatch(l -> l.toLowerCase().contains("uri=\"/api/rest/v1")
                        || l.toLowerCase().contains("uri=\"/sandbox-admin") || l.toLowerCase().contains("uri=\"/services/"));
    }

    private static void call(String url) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
