package com.ccvglobe.bridge.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Parked messages, one per flow and key: parking the same message again updates its row. */
@ApplicationScoped
public class ParkedMessages {

    private static final String COLUMNS = "id, flow, message_key, replay_uri, payload, reason, error_record, error_field, "
            + "attempts, first_failure_at, last_failure_at";

    private final Jdbc jdbc;

    public ParkedMessages(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Parks the message, or refreshes the row when it was parked before (attempts add up). */
    public void park(ParkedMessage m) {
        jdbc.upsert("UPDATE parked_message SET replay_uri = ?, payload = ?, reason = ?, error_record = ?, error_field = ?, "
                + "attempts = attempts + ?, last_failure_at = ? WHERE flow = ? AND message_key = ?",
                Jdbc.params(m.replayUri(), m.payload(), ActivityLog.cut(m.reason(), 4000), ActivityLog.cut(m.errorRecord(), 255),
                        ActivityLog.cut(m.errorField(), 255), m.attempts(), m.lastFailureAt(), m.flow(), m.key()),
                "INSERT INTO parked_message (flow, message_key, replay_uri, payload, reason, error_record, error_field, attempts, "
                        + "first_failure_at, last_failure_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Jdbc.params(m.flow(), m.key(), m.replayUri(), m.payload(), ActivityLog.cut(m.reason(), 4000),
                        ActivityLog.cut(m.errorRecord(), 255), ActivityLog.cut(m.errorField(), 255), m.attempts(),
                        m.firstFailureAt(), m.lastFailureAt()));
    }

    public Optional<ParkedMessage> byId(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM parked_message WHERE id = ?", ParkedMessages::row, id);
    }

    public Optional<ParkedMessage> byKey(String flow, String key) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM parked_message WHERE flow = ? AND message_key = ?",
                ParkedMessages::row, flow, key);
    }

    public boolean isParked(String flow, String key) {
        return byKey(flow, key).isPresent();
    }

    /** Newest failure first; {@code flow} may be null for all flows. */
    public List<ParkedMessage> list(String flow) {
        return flow == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM parked_message ORDER BY last_failure_at DESC", ParkedMessages::row)
                : jdbc.query("SELECT " + COLUMNS + " FROM parked_message WHERE flow = ? ORDER BY last_failure_at DESC",
                        ParkedMessages::row, flow);
    }

    public int count() {
        return jdbc.queryOne("SELECT COUNT(*) FROM parked_message", rs -> rs.getInt(1)).orElse(0);
    }

    /** Takes the message off the list (after a successful replay, or a discard). */
    public boolean remove(long id) {
        return jdbc.update("DELETE FROM parked_message WHERE id = ?", id) == 1;
    }

    /** Removes the message of that flow and key, whatever its state; true when there was one. */
    public boolean removeByKey(String flow, String key) {
        return jdbc.update("DELETE FROM parked_message WHERE flow = ? AND message_key = ?", flow, key) == 1;
    }

    /** Removes messages whose last failure was before {@code cutoff}; returns how many. */
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM parked_message WHERE last_failure_at < ?", cutoff);
    }

    private static ParkedMessage row(ResultSet rs) throws SQLException {
        return new ParkedMessage(rs.getLong("id"), rs.getString("flow"), rs.getString("message_key"), rs.getString("replay_uri"),
                rs.getString("payload"), rs.getString("reason"), rs.getString("error_record"), rs.getString("error_field"),
                rs.getInt("attempts"), Jdbc.instant(rs, "first_failure_at"), Jdbc.instant(rs, "last_failure_at"));
    }
}
