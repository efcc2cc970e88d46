package com.ccvglobe.bridge.exactglobe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.support.TransientException;

/**
 * Reads stock per item and warehouse from the Globe company database over JDBC, read-only ({@code GLOBE_SQL_*}): on
 * hand, reserved, on order (see {@code exactglobe/stock-query.sql}; operators may replace the query with
 * {@code globe.sql.stock-query}, keeping the columns ItemCode, Warehouse, OnHand, Reserved, OnOrder). Rows are
 * streamed to the consumer with a fetch size, so memory stays flat however many items there are.
 */
@ApplicationScoped
@Named("globeStockReader")
public class GlobeStockReader {

    static final int FETCH_SIZE = 500;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String query;

    @Inject
    public GlobeStockReader(GlobeConnection connection, GlobeConfig config) {
        this(connection.sqlJdbcUrl(), connection.sqlUsername(), connection.sqlPassword(),
                config.sql().stockQuery().filter(q -> !q.isBlank()).orElseGet(GlobeStockReader::defaultQuery));
    }

    public GlobeStockReader(String jdbcUrl, String username, String password, String query) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.query = query;
    }

    /** The shipped portable query. */
    public static String defaultQuery() {
        try (InputStream in = GlobeStockReader.class.getResourceAsStream("/exactglobe/stock-query.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands every stock row to {@code each}; returns how many rows were read. */
    public int read(Consumer<StockLevel> each) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new IllegalStateException("globe.sql.jdbc-url (GLOBE_SQL_JDBC_URL) is not set: stock cannot be read");
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            int rows = 0;
            try (PreparedStatement statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new StockLevel(trim(rs.getString("ItemCode")), trim(rs.getString("Warehouse")),
                                amount(rs.getBigDecimal("OnHand")), amount(rs.getBigDecimal("Reserved")),
                                amount(rs.getBigDecimal("OnOrder"))));
                        rows++;
                    }
                }
            } finally {
                connection.rollback();
            }
            return rows;
        } catch (SQLException e) {
            throw new TransientException("Reading stock from the Globe database failed: " + e.getMessage(), e);
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
