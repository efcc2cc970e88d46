package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** Vendor calls per minute and bridge instance (table call_sample), for the dashboard's calls-per-minute chart. */
@ApplicationScoped
public class CallSamples {

    /** The calls of one minute, summed over the instances. */
    public record Minute(Instant minute, long ccvCalls, long globeCalls) {
    }

    private final Jdbc jdbc;

    public CallSamples(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** Adds calls to this instance's row of the minute. */
    public void add(Instant minute, String instance, long ccvCalls, long globeCalls) {
        jdbc.upsert("UPDATE call_sample SET ccv_calls = ccv_calls + ?, globe_calls = globe_calls + ? WHERE minute_at = ? "
                + "AND instance_id = ?", Jdbc.params(ccvCalls, globeCalls, minute, instance),
                "INSERT INTO call_sample (minute_at, instance_id, ccv_calls, globe_calls) VALUES (?, ?, ?, ?)",
                Jdbc.params(minute, instance, ccvCalls, globeCalls));
    }

    /** Minutes at or after {@code since}, oldest first (minutes without calls are absent). */
    public List<Minute> since(Instant since) {
        return jdbc.query("SELECT minute_at, SUM(ccv_calls) AS ccv, SUM(globe_calls) AS globe FROM call_sample "
                + "WHERE minute_at >= ? GROUP BY minute_at ORDER BY minute_at", rs -> new Minute(Jdbc.instant(rs, "minute_at"),
                        rs.getLong("ccv"), rs.getLong("globe")), since);
    }

    public int deleteOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM call_sample WHERE minute_at < ?", cutoff);
    }
}
