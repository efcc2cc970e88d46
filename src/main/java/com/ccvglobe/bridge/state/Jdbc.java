package com.ccvglobe.bridge.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** The few JDBC moves the repositories share; nothing outside {@code state} writes SQL. */
final class Jdbc {

    /** SQLState for a unique or primary key violation, on H2 and PostgreSQL alike. */
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    int update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StateStoreException(firstWord(sql), e);
        }
    }

    /** Inserts a row; answers false instead of failing when the row's unique key already exists. */
    boolean insertUnique(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StateStoreException("insert", e);
        }
    }

    /**
     * Updates the row, or inserts it when there is none; a concurrent insert of the same key makes the insert
     * lose and the update run again, so the last writer wins without an exception.
     */
    void upsert(String updateSql, Object[] updateParams, String insertSql, Object[] insertParams) {
        if (update(updateSql, updateParams) == 0 && !insertUnique(insertSql, insertParams)) {
            update(updateSql, updateParams);
        }
    }

    /** Largest IN list sent in one statement. */
    static final int IN_LIMIT = 500;

    static List<List<String>> partition(java.util.Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIMIT) {
            parts.add(all.subList(from, Math.min(all.size(), from + IN_LIMIT)));
        }
        return parts;
    }

    /**
     * {@code (a, b) IN ((?, ?), ...)} for one fixed first column value and many second values: a row-value IN that
     * H2 and PostgreSQL both answer from the two-column index (a plain {@code a = ? AND b IN (...)} makes H2 scan
     * every row with that {@code a}).
     */
    static String pairsIn(String first, String second, int count) {
        return "(" + first + ", " + second + ") IN (" + String.join(", ", java.util.Collections.nCopies(count, "(?, ?)")) + ")";
    }

    static Object[] pairParams(Object first, List<String> seconds) {
        Object[] params = new Object[seconds.size() * 2];
        for (int i = 0; i < seconds.size(); i++) {
            params[2 * i] = first;
            params[2 * i + 1] = seconds.get(i);
        }
        return params;
    }

    static Object[] params(Object... params) {
        return params;
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, params);
                ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new StateStoreException("query", e);
        }
    }

    <T> Optional<T> queryOne(String sql, Row<T> row, Object... params) {
        List<T> rows = query(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Checks the store answers; used by readiness. */
    boolean ping() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Instant instant) {
                ps.setObject(i + 1, ts(instant));
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    private static String firstWord(String sql) {
        String trimmed = sql.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase();
    }
}
