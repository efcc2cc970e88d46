package com.ccvglobe.bridge.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The activity log: one row per processed message, pruned by the retention job. */
@ApplicationScoped
public class ActivityLog {

    private static final int TEXT_LIMIT = 4000;
    private static final String COLUMNS = "id, flow, message_key, status, attempts, started_at, finished_at, duration_ms, "
            + "target_ref, error_record, error_field, error_message, summary";

    private final Jdbc jdbc;

    public ActivityLog(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public void append(ActivityEntry e) {
        jdbc.update("INSERT INTO activity (flow, message_key, status, attempts, started_at, finished_at, duration_ms, "
                + "target_ref, error_record, error_field, error_message, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.flow(), cut(e.key(), 255), e.status().name(), e.attempts(), e.startedAt(), e.finishedAt(), e.durationMs(),
                cut(e.targetRef(), 128), cut(e.errorRecord(), 255), cut(e.errorField(), 255), cut(e.errorMessage(), TEXT_LIMIT),
                cut(e.summary(), TEXT_LIMIT));
    }

    /** Newest first. Any criterion may be null. */
    public List<ActivityEntry> find(String flow, ActivityStatus status, String key, Instant from, Instant to, int limit) {
        return find(flow, status, key, from, to, 0, limit);
    }

    /** Newest first, skipping the first {@code offset} matches (paging). Any criterion may be null. */
    public List<ActivityEntry> find(String flow, ActivityStatus status, String key, Instant from, Instant to, int offset,
            int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM activity WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        criterion(sql, params, " AND flow = ?", flow);
        criterion(sql, params, " AND status = ?", status == null ? null : status.name());
        criterion(sql, params, " AND (message_key = ? OR target_ref = ?)", key, key);
        criterion(sql, params, " AND finished_at >= ?", from);
        criterion(sql, params, " AND finished_at < ?", to);
        sql.append(" ORDER BY finished_at DESC, id DESC");
        sql.append(" OFFSET ? ROWS FETCH NEXT ? ROWS ONLY");
        params.add(Math.max(0, offset));
        params.add(Math.max(0, limit));
        return jdbc.query(sql.toString(), ActivityLog::row, params.toArray());
    }

    public Optional<ActivityEntry> byId(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM activity WHERE id = ?", ActivityLog::row, id);
    }

    /** Rows per flow and status that finished at or after {@code since}: flow → status → count. */
    public Map<String, Map<ActivityStatus, Long>> countsSince(Instant since) {
        Map<String, Map<ActivityStatus, Long>> counts = new TreeMap<>();
        jdbc.query("SELECT flow, status, COUNT(*) AS n FROM activity WHERE finished_at >= ? GROUP BY flow, status", rs -> {
            counts.computeIfAbsent(rs.getString("flow"), f -> new EnumMap<>(ActivityStatus.class))
                    .put(ActivityStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            return null;
        }, since);
        return counts;
    }

    /** When a row of {@code flow} (with {@code status}, or any status when null) last finished. */
    public Optional<Instant> lastFinished(String flow, ActivityStatus status) {
        List<Instant> latest = status == null
                ? jdbc.query("SELECT MAX(finished_at) AS t FROM activity WHERE flow = ?", rs -> Jdbc.instant(rs, "t"), flow)
                : jdbc.query("SELECT MAX(finished_at) AS t FROM activity WHERE flow = ? AND status = ?",
                        rs -> Jdbc.instant(rs, "t"), flow, status.name());
        return latest.stream().filter(t -> t != null).findFirst();
    }

    /** Removes every row of one message (flow and key); returns how many. */
    public int deleteFor(String flow, String key) {
        return jdbc.update("DELETE FROM activity WHERE flow = ? AND message_key = ?", flow, key);
    }

    /** Removes rows that finished before {@code cutoff}; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM activity WHERE finished_at < ?", cutoff);
    }

    private static void criterion(StringBuilder sql, List<Object> params, String clause, Object... values) {
        if (values[0] != null) {
            sql.append(clause);
            params.addAll(List.of(values));
        }
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static ActivityEntry row(ResultSet rs) throws SQLException {
        return new ActivityEntry(rs.getLong("id"), rs.getString("flow"), rs.getString("message_key"),
                ActivityStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "finished_at"), rs.getString("target_ref"), rs.getString("error_record"),
                rs.getString("error_field"), rs.getString("error_message"), rs.getString("summary"));
    }
}
