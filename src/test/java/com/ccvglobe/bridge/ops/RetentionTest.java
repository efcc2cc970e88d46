package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;

/** The retention job runs in the app and removes exactly what is past bridge.retention.* (30 and 14 days). */
@QuarkusTest
class RetentionTest {

    @Inject
    CamelContext camel;
    @Inject
    ProducerTemplate producer;
    @Inject
    ActivityLog activity;
    @Inject
    ParkedMessages parked;

    @Test
    void retentionRouteIsScheduledAndPrunesOnlyWhatIsPastItsTime() {
        assertThat(camel.getRouteController().getRouteStatus("retention")).isEqualTo(ServiceStatus.Started);
        assertThat(camel.getRoute("retention").getEndpoint().getEndpointUri()).as("on one replica, on a timer")
                .startsWith("master:retention:timer:retention");

        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(31));
        activity.append(new ActivityEntry(null, "retention", "ret-old", ActivityStatus.COMMITTED, 1, old, old, null, null, null, null, null));
        Instant recent = now.minus(Duration.ofDays(29));
        activity.append(new ActivityEntry(null, "retention", "ret-recent", ActivityStatus.COMMITTED, 1, recent, recent, null, null, null, null, null));
        Instant oldFailure = now.minus(Duration.ofDays(15));
        parked.park(new ParkedMessage(null, "retention", "ret-parked-old", "direct://nowhere", "x", "r", null, null, 1, oldFailure, oldFailure));
        Instant recentFailure = now.minus(Duration.ofDays(13));
        parked.park(new ParkedMessage(null, "retention", "ret-parked-recent", "direct://nowhere", "x", "r", null, null, 1,
                recentFailure, recentFailure));

        // the route's step, as the timer runs it
        String result = producer.requestBody("bean:retention?method=prune", null, String.class);

        assertThat(result).startsWith("retention removed ");
        assertThat(activity.find("retention", null, null, null, null, 10)).extracting(ActivityEntry::key).containsExactly("ret-recent");
        assertThat(parked.byKey("retention", "ret-parked-old")).isEmpty();
        assertThat(parked.byKey("retention", "ret-parked-recent")).isPresent();
    }
}
