package com.ccvglobe.bridge.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Reconciliation runs and the differences they found (tables reconcile_run, reconcile_difference). */
@ApplicationScoped
public class ReconcileResults {

    private static final String RUN_COLUMNS = "id, trigger_kind, status, started_at, finished_at, window_from, ccv_calls, "
            + "globe_calls, checked, error_message";
    private static final String DIFF_COLUMNS = "id, run_id, category, kind, record_key, ccv_value, globe_value, reason, action";

    private final Jdbc jdbc;

    public ReconcileResults(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Stores a new running run; returns its id. */
    public long begin(String trigger, Instant started, Instant windowFrom) {
        // whole milliseconds: the column keeps them on H2 and PostgreSQL alike, so the row is found again by its start
        Instant startedAt = started.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        jdbc.update("INSERT INTO reconcile_run (trigger_kind, status, started_at, window_from, ccv_calls, globe_calls) "
                + "VALUES (?, 'running', ?, ?, 0, 0)", trigger, startedAt, windowFrom);
        return jdbc.queryOne("SELECT MAX(id) FROM reconcile_run WHERE trigger_kind = ? AND started_at = ?",
                rs -> rs.getObject(1) == null ? null : rs.getLong(1), trigger, startedAt)
                .orElseThrow(() -> new StateStoreException("insert", new java.sql.SQLException("reconcile_run row not found again")));
    }

    /** Stores the run's differences and ends it with its figures. */
    public void finish(long runId, List<ReconcileDifference> differences, long ccvCalls, long globeCalls, String checked) {
        for (ReconcileDifference d : differences) {
            jdbc.update("INSERT INTO reconcile_difference (run_id, category, kind, record_key, ccv_value, globe_value, reason, "
                    + "action) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", runId, d.category(), d.kind(), ActivityLog.cut(d.key(), 255),
                    ActivityLog.cut(d.ccvValue(), 255), ActivityLog.cut(d.globeValue(), 255), ActivityLog.cut(d.reason(), 1000),
                    d.action());
        }
        jdbc.update("UPDATE reconcile_run SET status = 'finished', finished_at = ?, ccv_calls = ?, globe_calls = ?, checked = ? "
                + "WHERE id = ?", Instant.now(), ccvCalls, globeCalls, ActivityLog.cut(checked, 1000), runId);
    }

    /** Ends the run as failed, with the (masked) reason. */
    public void fail(long runId, String error, long ccvCalls, long globeCalls) {
        jdbc.update("UPDATE reconcile_run SET status = 'failed', finished_at = ?, ccv_calls = ?, globe_calls = ?, error_message = ? "
                + "WHERE id = ?", Instant.now(), ccvCalls, globeCalls, ActivityLog.cut(error, 4000), runId);
    }

    public Optional<ReconcileRunRow> run(long id) {
        return jdbc.queryOne("SELECT " + RUN_COLUMNS + " FROM reconcile_run WHERE id = ?", ReconcileResults::run, id);
    }

    /** The newest finished run, if any. */
    public Optional<ReconcileRunRow> latestFinished() {
        return jdbc.queryOne("SELECT " + RUN_COLUMNS + " FROM reconcile_run WHERE status = 'finished' "
                + "ORDER BY started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY", ReconcileResults::run);
    }

    /** Newest first. */
    public List<ReconcileRunRow> runs(int limit) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM reconcile_run ORDER BY started_at DESC, id DESC "
                + "FETCH FIRST ? ROWS ONLY", ReconcileResults::run, Math.max(1, limit));
    }

    /** The differences of one run, by category and key; any filter may be null. {@code key} matches a part of the key. */
    public List<ReconcileDifference> differences(long runId, String category, String kind, String key) {
        StringBuilder sql = new StringBuilder("SELECT " + DIFF_COLUMNS + " FROM reconcile_difference WHERE run_id = ?");
        List<Object> params = new ArrayList<>(List.of(runId));
        if (category != null) {
            sql.append(" AND category = ?");
            params.add(category);
        }
        if (kind != null) {
            sql.append(" AND kind = ?");
            params.add(kind);
        }
        if (key != null) {
            sql.append(" AND record_key LIKE ?");
            params.add("%" + key.replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY category, kind, record_key, id");
        return jdbc.query(sql.toString(), ReconcileResults::difference, params.toArray());
    }

    /** Differences per category of one run. */
    public Map<String, Long> counts(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT category, COUNT(*) AS n FROM reconcile_difference WHERE run_id = ? GROUP BY category",
                rs -> counts.put(rs.getString("category"), rs.getLong("n")), runId);
        return counts;
    }

    /** Differences of one run per category and kind: "category/kind" → count. */
    public Map<String, Long> kindCounts(long runId) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT category, kind, COUNT(*) AS n FROM reconcile_difference WHERE run_id = ? GROUP BY category, kind",
                rs -> counts.put(rs.getString("category") + "/" + rs.getString("kind"), rs.getLong("n")), runId);
        return counts;
    }

    /** Runs a run that is still marked running but began before {@code cutoff} (a crashed instance) are ended as failed. */
    public int failStale(Instant cutoff) {
        return jdbc.update("UPDATE reconcile_run SET status = 'failed', finished_at = ?, error_message = ? "
                + "WHERE status = 'running' AND started_at < ?", Instant.now(), "the run did not finish (instance stopped?)", cutoff);
    }

    /** Removes runs (and their differences) that started before {@code cutoff}; returns how many runs. */
    public int deleteOlderThan(Instant cutoff) {
        jdbc.update("DELETE FROM reconcile_difference WHERE run_id IN (SELECT id FROM reconcile_run WHERE started_at < ?)", cutoff);
        return jdbc.update("DELETE FROM reconcile_run WHERE started_at < ?", cutoff);
    }

    private static ReconcileRunRow run(ResultSet rs) throws SQLException {
        return new ReconcileRunRow(rs.getLong("id"), rs.getString("trigger_kind"), rs.getString("status"),
                Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "finished_at"), Jdbc.instant(rs, "window_from"),
                rs.getLong("ccv_calls"), rs.getLong("globe_calls"), rs.getString("checked"), rs.getString("error_message"));
    }

    private static ReconcileDifference difference(ResultSet rs) throws SQLException {
        return new ReconcileDifference(rs.getLong("id"), rs.getLong("run_id"), rs.getString("category"), rs.getString("kind"),
                rs.getString("record_key"), rs.getString("ccv_value"), rs.getString("globe_value"), rs.getString("reason"),
                rs.getString("action"));
    }
}
