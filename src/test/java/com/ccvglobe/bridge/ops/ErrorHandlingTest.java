package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The shared routeConfiguration, exercised through test routes that are built like the flows' routes. */
@QuarkusTest
class ErrorHandlingTest {

    @Inject
    ProducerTemplate producer;
    @Inject
    FlakyTarget target;
    @Inject
    ParkedMessages parked;
    @Inject
    ActivityLog activity;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    MeterRegistry registry;

    @Test
    void transientFaultThreeTimesThenSuccessCommitsOnce() {
        target.transientFailuresLeft.put("flaky-1", new AtomicInteger(3));
        double retriesBefore = registry.counter("bridge.retries", "flow", "test").count();

        producer.sendBody("direct:test-flaky", "flaky-1");

        assertThat(target.commits).containsOnlyOnce("flaky-1");
        assertThat(target.calls.get("flaky-1").get()).isEqualTo(4);
        assertThat(parked.byKey("test", "flaky-1")).isEmpty();
        List<ActivityEntry> rows = activity.find("test", null, "flaky-1", null, null, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(ActivityStatus.COMMITTED);
            assertThat(row.attempts()).isEqualTo(4);
        });
        assertThat(registry.counter("bridge.retries", "flow", "test").count() - retriesBefore).isEqualTo(3.0);
    }

    @Test
    void transientFaultBeyondTheRetriesIsParkedWithAttempts() {
        target.transientFailuresLeft.put("flaky-2", new AtomicInteger(100));

        producer.sendBody("direct:test-flaky", "flaky-2");

        assertThat(target.commits).doesNotContain("flaky-2");
        ParkedMessage message = parked.byKey("test", "flaky-2").orElseThrow();
        assertThat(message.attempts()).isEqualTo(5); // first try + 4 redeliveries (%test profile)
        assertThat(message.reason()).contains("IOException").contains("connection reset");
        assertThat(message.replayUri()).isEqualTo("direct://test-flaky");
        assertThat(message.payload()).isEqualTo("flaky-2");
    }

    @Test
    void businessErrorIsParkedAtOnceWithActivityRowAndMetric() {
        target.rejectField.put("bad-1", "customer.email");
        double parkedBefore = registry.counter("bridge.messages", "flow", "test", "outcome", "parked").count();

        producer.sendBody("direct:test-flaky", "bad-1");

        assertThat(target.calls.get("bad-1").get()).as("no redelivery of a business error").isEqualTo(1);
        ParkedMessage message = parked.byKey("test", "bad-1").orElseThrow();
        assertThat(message.attempts()).isEqualTo(1);
        assertThat(message.errorRecord()).isEqualTo("test record bad-1");
        assertThat(message.errorField()).isEqualTo("customer.email");
        assertThat(message.reason()).contains("customer.email").contains("value is not acceptable");
        ActivityEntry row = activity.find("test", ActivityStatus.PARKED, "bad-1", null, null, 10).get(0);
        assertThat(row.errorField()).isEqualTo("customer.email");
        assertThat(row.errorMessage()).contains("value is not acceptable");
        assertThat(registry.counter("bridge.messages", "flow", "test", "outcome", "parked").count() - parkedBefore).isEqualTo(1.0);
    }

    @Test
    void idempotencyKeyOfAParkedMessageIsReleasedForReplay() {
        target.rejectField.put("idem-1", "lines[0].sku");

        producer.sendBody("direct:test-idempotent", "idem-1");
        assertThat(parked.byKey("test", "idem-1")).isPresent();
        assertThat(idempotency.contains("test", "idem-1")).as("key released after the failure").isFalse();

        target.rejectField.remove("idem-1");
        producer.sendBody("direct:test-idempotent", "idem-1");
        producer.sendBody("direct:test-idempotent", "idem-1");

        assertThat(target.commits).containsOnlyOnce("idem-1");
        assertThat(idempotency.contains("test", "idem-1")).isTrue();
    }
}
