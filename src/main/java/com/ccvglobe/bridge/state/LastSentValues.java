package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The last value successfully sent per flow and item (stock per SKU, article field hashes): delta-only writes. */
@ApplicationScoped
public class LastSentValues {

    private final Jdbc jdbc;

    public LastSentValues(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Optional<String> get(String flow, String itemKey) {
        return jdbc.queryOne("SELECT sent_value FROM last_sent WHERE flow = ? AND item_key = ?", rs -> rs.getString(1), flow, itemKey);
    }

    /** The values of many items at once (one query per call); items never sent are absent. */
    public Map<String, String> get(String flow, java.util.Collection<String> itemKeys) {
        Map<String, String> values = new HashMap<>();
        for (java.util.List<String> part : Jdbc.partition(itemKeys)) {
            jdbc.query("SELECT item_key, sent_value FROM last_sent WHERE " + Jdbc.pairsIn("flow", "item_key", part.size()),
                    rs -> values.put(rs.getString(1), rs.getString(2)), Jdbc.pairParams(flow, part));
        }
        return values;
    }

    /** Forgets one item's value, so that the next run sends it again. */
    public boolean forget(String flow, String itemKey) {
        return jdbc.update("DELETE FROM last_sent WHERE flow = ? AND item_key = ?", flow, itemKey) == 1;
    }

    /** All values of a flow, for comparing a whole batch in one read. */
    public Map<String, String> all(String flow) {
        Map<String, String> values = new HashMap<>();
        jdbc.query("SELECT item_key, sent_value FROM last_sent WHERE flow = ?", rs -> values.put(rs.getString(1), rs.getString(2)), flow);
        return values;
    }

    /** The values of a flow recorded at or after {@code since}. */
    public Map<String, String> sentSince(String flow, Instant since) {
        Map<String, String> values = new HashMap<>();
        jdbc.query("SELECT item_key, sent_value FROM last_sent WHERE flow = ? AND sent_at >= ?",
                rs -> values.put(rs.getString(1), rs.getString(2)), flow, since);
        return values;
    }

    /** Call only after the write of {@code value} succeeded. */
    public void recordSent(String flow, String itemKey, String value) {
        Instant now = Instant.now();
        jdbc.upsert("UPDATE last_sent SET sent_value = ?, sent_at = ? WHERE flow = ? AND item_key = ?",
                Jdbc.params(value, now, flow, itemKey),
                "INSERT INTO last_sent (flow, item_key, sent_value, sent_at) VALUES (?, ?, ?, ?)",
                Jdbc.params(flow, itemKey, value, now));
    }

    /** Forgets the values of a flow sent before {@code cutoff}; returns how many. */
    public int deleteOlderThan(String flow, Instant cutoff) {
        return jdbc.update("DELETE FROM last_sent WHERE flow = ? AND sent_at < ?", flow, cutoff);
    }

    public int forgetAll(String flow) {
        return jdbc.update("DELETE FROM last_sent WHERE flow = ?", flow);
    }
}
