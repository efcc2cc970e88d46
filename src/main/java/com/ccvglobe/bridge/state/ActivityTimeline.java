package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The activity log's times only (no summaries), for the dashboard's charts. */
@ApplicationScoped
public class ActivityTimeline {

    /** When one message of a flow started and finished, and how it ended. */
    public record Point(String flow, String key, ActivityStatus status, Instant startedAt, Instant finishedAt) {
    }

    private final Jdbc jdbc;

    public ActivityTimeline(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The rows of a flow that finished at or after {@code since}, oldest first, at most {@code limit}. */
    public List<Point> since(String flow, Instant since, int limit) {
        return jdbc.query("SELECT flow, message_key, status, started_at, finished_at FROM activity WHERE flow = ? AND finished_at >= ? "
                + "ORDER BY finished_at, id FETCH FIRST ? ROWS ONLY", rs -> new Point(rs.getString("flow"), rs.getString("message_key"),
                        ActivityStatus.valueOf(rs.getString("status")), Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at")),
                flow, since, Math.max(1, limit));
    }
}
