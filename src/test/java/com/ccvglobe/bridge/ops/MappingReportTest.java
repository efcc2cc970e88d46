package com.ccvglobe.bridge.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.mapping.MappingProblem;
import com.ccvglobe.bridge.mapping.MappingReloadFailed;
import com.ccvglobe.bridge.ops.alerts.Alert;

import io.quarkus.test.junit.QuarkusTest;

/** The mapping's state on the dashboard's API, and a failed reload turned into an alert. */
@QuarkusTest
class MappingReportTest {

    @Inject
    Event<MappingReloadFailed> reloads;
    @Inject
    RaisedAlerts collector;

    @Test
    void mappingStatusIsAvailableWithTheLoadedFiles() {
        given().auth().preemptive().basic("viewer", "viewer").get("/api/mapping/status").then().statusCode(200)
                .body("available", equalTo(true))
                .body("status.file", containsString("default-mapping"))
                .body("status.lastReloadOk", equalTo(true));
    }

    @Test
    void aFailedReloadRaisesAnAlertNamingFileLineAndKey() {
        reloads.fire(new MappingReloadFailed(new MappingProblem("/etc/bridge/mapping.yaml", 12, "vat.codes[3].rate",
                "must be a number"), Instant.now()));

        assertThat(collector.all()).anySatisfy(alert -> {
            assertThat(alert.kind()).isEqualTo(Alert.MAPPING_RELOAD_FAILED);
            assertThat(alert.record()).isEqualTo("/etc/bridge/mapping.yaml:12");
            assertThat(alert.field()).isEqualTo("vat.codes[3].rate");
            assertThat(alert.message()).contains("must be a number").contains("previous mapping stays");
        });
    }
}
