package com.ccvglobe.bridge.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.support.Dependencies;

import io.quarkus.test.junit.QuarkusTest;

/** The open health endpoints name what failed, never an internal host, URL or address. */
@QuarkusTest
class AnonymousHealthTest {

    @Inject
    Dependencies dependencies;

    @Test
    void wellnessShowsTheLastErrorWithoutAddresses() {
        dependencies.exactGlobe().failed("I/O error on GET http://globe.corp.example:8020/services/Exact.Entity.REST.EG/Account:"
                + " Connect to erp-db.corp.example:8020 [erp-db.corp.example/10.20.30.40, /fd00:0:0:0:0:0:0:7] failed");
        dependencies.ccvShop().failed("Connect to [fd00::5]:443 failed; jdbc:postgresql://state.corp.example:5432/bridge;"
                + " 127.0.0.1:8089 and localhost:8089 refused");
        try {
            String body = given().when().get("/q/health/well").then().extract().asString();
            assertThat(body).contains("lastError").contains("I/O error on GET").contains("failed");
            for (String leak : new String[] { "corp.example", "10.20.30.40", "fd00", "127.0.0.1", "localhost", ":8020", ":5432",
                    ":8089", "http://" }) {
                assertThat(body).as("leaks %s", leak).doesNotContain(leak);
            }
        } finally {
            dependencies.exactGlobe().succeeded();
            dependencies.ccvShop().succeeded();
        }
    }
}
