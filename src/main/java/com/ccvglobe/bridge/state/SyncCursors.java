package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Where each polling flow continues. A flow proposes the next position when it reads a batch and confirms it
 * only after the batch was written: an unconfirmed proposal changes nothing.
 */
@ApplicationScoped
public class SyncCursors {

    private final Jdbc jdbc;

    public SyncCursors(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<String> current(String name) {
        return jdbc.queryOne("SELECT cursor_value FROM sync_cursor WHERE name = ?", rs -> rs.getString(1), name);
    }

    public Optional<Instant> updatedAt(String name) {
        return jdbc.queryOne("SELECT updated_at FROM sync_cursor WHERE name = ?", rs -> Jdbc.instant(rs, "updated_at"), name);
    }

    /** Every cursor with its position and when it was last confirmed, by name. */
    public List<Position> all() {
        return jdbc.query("SELECT name, cursor_value, updated_at FROM sync_cursor ORDER BY name",
                rs -> new Position(rs.getString("name"), rs.getString("cursor_value"), Jdbc.instant(rs, "updated_at")));
    }

    /** A stored cursor: its name, position and when it was last confirmed. */
    public record Position(String name, String value, Instant updatedAt) {
    }

    /** The next position of cursor {@code name}; it is stored by {@link PendingCursor#confirmWritten()}. */
    public PendingCursor propose(String name, String nextValue) {
        return new PendingCursor(name, nextValue);
    }

    private void store(String name, String value) {
        Instant now = Instant.now();
        jdbc.upsert("UPDATE sync_cursor SET cursor_value = ?, updated_at = ? WHERE name = ?", Jdbc.params(value, now, name),
                "INSERT INTO sync_cursor (name, cursor_value, updated_at) VALUES (?, ?, ?)", Jdbc.params(name, value, now));
    }

    /** A cursor position that is not stored until the write it stands for succeeded. */
    public final class PendingCursor {
        private final String name;
        private final String value;

        private PendingCursor(String name, String value) {
            this.name = name;
            this.value = value;
        }

        public String value() {
            return value;
        }

        /** The batch up to this position was written: advance the cursor. */
        public void confirmWritten() {
            store(name, value);
        }
    }
}
