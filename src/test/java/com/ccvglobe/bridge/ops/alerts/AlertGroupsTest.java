package com.ccvglobe.bridge.ops.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Grouping of repeated alerts, with the clock in the test's hand. */
class AlertGroupsTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-01-31T10:00:00Z");

    @Test
    void firstAlertGoesOutRepeatsAreCountedAndSummedUpAfterTheWindow() {
        AlertGroups groups = new AlertGroups();
        Alert parked = new Alert(Alert.PARKED, "orders", "order 1001", "customer.email", "not accepted");

        assertThat(groups.admit(parked, t0, WINDOW)).isTrue();
        assertThat(groups.admit(parked, t0.plusSeconds(60), WINDOW)).isFalse();
        assertThat(groups.admit(parked, t0.plusSeconds(120), WINDOW)).isFalse();
        assertThat(groups.closeExpired(t0.plus(Duration.ofMinutes(14)), WINDOW)).isEmpty();

        assertThat(groups.closeExpired(t0.plus(WINDOW), WINDOW)).singleElement().asString()
                .contains("parked in flow orders, record order 1001, field customer.email: not accepted")
                .contains("repeated 2 more time(s) within 15 min");
        assertThat(groups.admit(parked, t0.plus(WINDOW).plusSeconds(1), WINDOW)).as("a new window opens").isTrue();
    }

    @Test
    void differentCausesAreNotGroupedAndALoneAlertNeedsNoSummary() {
        AlertGroups groups = new AlertGroups();
        assertThat(groups.admit(new Alert(Alert.PARKED, "orders", "order 1", "a", "x"), t0, WINDOW)).isTrue();
        assertThat(groups.admit(new Alert(Alert.PARKED, "orders", "order 1", "b", "x"), t0, WINDOW)).isTrue();
        assertThat(groups.admit(new Alert(Alert.PARKED, "stock", "order 1", "a", "x"), t0, WINDOW)).isTrue();
        assertThat(groups.admit(new Alert(Alert.FLOW_FAILING, "orders", "order 1", "a", "x"), t0, WINDOW)).isTrue();
        assertThat(groups.closeExpired(t0.plus(WINDOW), WINDOW)).isEmpty();
    }
}
