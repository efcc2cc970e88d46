package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.sql.Connection;
import java.sql.PreparedStatement;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The retention job runs in the app and removes exactly what is past bridge.retention.* (30 and 14 days for activity
 * and parked messages; 365 days for the rows tying a shopper to the bridge's work: debtor and shopper links,
 * debtor-create claims, customer fingerprints), in every table that holds personal data.
 */
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
    @Inject
    DataSource dataSource;
    @Inject
    RecordLinks links;
    @Inject
    IdempotencyKeys claims;
    @Inject
    LastSentValues sent;

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

    @Test
    void shopperRowsOfEveryPersonalDataTableArePrunedAfterTheirDays() throws Exception {
        String tag = "ret-" + System.nanoTime();
        Instant old = Instant.now().minus(Duration.ofDays(366));
        Instant recent = Instant.now().minus(Duration.ofDays(364));
        for (String age : new String[] { "old", "recent" }) {
            Instant at = age.equals("old") ? old : recent;
            insert("INSERT INTO record_link (entity, ccv_id, globe_key, globe_guid, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)",
                    "debtor", "email:" + tag + age, "40001", at, at);
            insert("INSERT INTO record_link (entity, ccv_id, globe_key, globe_guid, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)",
                    "shopper", "order:" + tag + age, "email:" + tag, at, at);
            insert("INSERT INTO idempotency_key (flow, message_key, created_at, owner) VALUES (?, ?, ?, NULL)", "debtor-create",
                    "email:" + tag + age, at);
            insert("INSERT INTO last_sent (flow, item_key, sent_value, sent_at) VALUES (?, ?, ?, ?)", "customers", tag + age, "f", at);
        }
        links.link("order", tag, "00099", null);
        insert("UPDATE record_link SET updated_at = ? WHERE entity = 'order' AND ccv_id = ?", old, tag);

        String result = producer.requestBody("bean:retention?method=prune", null, String.class);

        assertThat(result).contains("shopper row(s) in record_link", "shopper row(s) in idempotency_key",
                "shopper row(s) in last_sent");
        assertThat(links.byCcvId("debtor", "email:" + tag + "old")).isEmpty();
        assertThat(links.byCcvId("debtor", "email:" + tag + "recent")).isPresent();
        assertThat(links.byCcvId("shopper", "order:" + tag + "old")).isEmpty();
        assertThat(links.byCcvId("shopper", "order:" + tag + "recent")).isPresent();
        assertThat(claims.keysLike("debtor-create", "email:" + tag + "%")).containsExactly("email:" + tag + "recent");
        assertThat(sent.get("customers", tag + "old")).isEmpty();
        assertThat(sent.get("customers", tag + "recent")).isPresent();
        assertThat(links.byCcvId("order", tag)).as("order links hold ids only and keep orders from being booked twice").isPresent();
    }

    private void insert(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i] instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : params[i]);
            }
            ps.executeUpdate();
        }
    }
}
