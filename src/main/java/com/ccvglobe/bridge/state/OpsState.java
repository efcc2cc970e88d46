package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Named facts and operator decisions kept across restarts (table {@code ops_state}): which flows went live, whether the
 * articles link-up report was read, what the first orders poll left out. Values are short texts; never personal data.
 */
@ApplicationScoped
public class OpsState {

    private static final List<String> SYNC_TABLES = List.of("activity", "record_link", "sync_cursor", "parked_message",
            "last_sent");

    private final Jdbc jdbc;

    public OpsState(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** One stored fact: its name, value, who set it (an operator's name, or {@code bridge}) and when. */
    public record Entry(String name, String value, String updatedBy, Instant updatedAt) {
    }

    public Optional<Entry> get(String name) {
        return jdbc.queryOne("SELECT name, state_value, updated_by, updated_at FROM ops_state WHERE name = ?", OpsState::entry, name);
    }

    /** Every fact whose name starts with {@code prefix}, by name. */
    public List<Entry> startingWith(String prefix) {
        return jdbc.query("SELECT name, state_value, updated_by, updated_at FROM ops_state WHERE name LIKE ? ORDER BY name",
                OpsState::entry, prefix.replace("%", "") + "%");
    }

    /** Stores the value (the last writer wins). */
    public void put(String name, String value, String updatedBy) {
        Instant now = Instant.now();
        jdbc.upsert("UPDATE ops_state SET state_value = ?, updated_by = ?, updated_at = ? WHERE name = ?",
                Jdbc.params(value, updatedBy, Jdbc.ts(now), name),
                "INSERT INTO ops_state (name, state_value, updated_by, updated_at) VALUES (?, ?, ?, ?)",
                Jdbc.params(name, value, updatedBy, Jdbc.ts(now)));
    }

    /** Stores the value unless the name already has one; answers whether this call stored it. */
    public boolean putIfAbsent(String name, String value, String updatedBy) {
        return jdbc.insertUnique("INSERT INTO ops_state (name, state_value, updated_by, updated_at) VALUES (?, ?, ?, ?)", name,
                value, updatedBy, Jdbc.ts(Instant.now()));
    }

    public void remove(String name) {
        jdbc.update("DELETE FROM ops_state WHERE name = ?", name);
    }

    /**
     * True when no flow has recorded anything yet: no activity, links, cursors, parked messages or last-sent values.
     * (Idempotency keys are not looked at: start-up claims, such as the webhook registration's, live there.)
     */
    public boolean syncTablesEmpty() {
        for (String table : SYNC_TABLES) {
            if (jdbc.queryOne("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY", rs -> 1).isPresent()) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString("name"), rs.getString("state_value"), rs.getString("updated_by"), Jdbc.instant(rs, "updated_at"));
    }
}
