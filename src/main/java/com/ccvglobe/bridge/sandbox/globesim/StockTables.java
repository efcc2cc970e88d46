package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The simulated company database: Globe-shaped tables in an embedded H2 database of the simulator's own, queried by
 * the bridge's stock reader over JDBC exactly as it queries SQL Server. {@code Items} (item master), {@code gbkmut}
 * (stock transactions), {@code orkrg}/{@code orsrg} (order headers/lines: {@code ord_soort} V = sales, B = purchase),
 * {@code voorrd} (item per warehouse). Codes are stored as Globe stores them (right-aligned ones padded).
 */
final class StockTables implements AutoCloseable {

    static final String USERNAME = "sa";
    static final String PASSWORD = "";

    record OrderLine(int lineNumber, String itemCode, String warehouse, BigDecimal quantity) {
    }

    private final String jdbcUrl;
    private final Connection connection;

    StockTables() {
        this.jdbcUrl = "jdbc:h2:mem:globe-sandbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try {
            connection = DriverManager.getConnection(jdbcUrl, USERNAME, PASSWORD);
            createSchema();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the sandbox Globe database", e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    private void createSchema() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE Items (ItemCode VARCHAR(30) PRIMARY KEY, Description_0 VARCHAR(60),"
                    + " GLAccountDistribution VARCHAR(9), IsStockItem SMALLINT DEFAULT 1)");
            st.execute("CREATE TABLE gbkmut (ID BIGINT AUTO_INCREMENT PRIMARY KEY, datum DATE, transtype CHAR(1),"
                    + " reknr VARCHAR(9), artcode VARCHAR(30), warehouse VARCHAR(4), aantal DECIMAL(18,4), oms25 VARCHAR(60))");
            st.execute("CREATE TABLE orkrg (ordernr VARCHAR(8) PRIMARY KEY, ord_soort CHAR(1), debnr VARCHAR(6),"
                    + " docnumber VARCHAR(30), orddat DATE, afgehandld SMALLINT DEFAULT 0)");
            st.execute("CREATE TABLE orsrg (ID BIGINT AUTO_INCREMENT PRIMARY KEY, ordernr VARCHAR(8), ord_soort CHAR(1),"
                    + " regel INT, artcode VARCHAR(30), magcode VARCHAR(4), esr_aantal DECIMAL(18,4), aant_gelev DECIMAL(18,4) DEFAULT 0)");
            st.execute("CREATE TABLE voorrd (artcode VARCHAR(30), magcode VARCHAR(4), maxvrd DECIMAL(18,4), bestniv DECIMAL(18,4),"
                    + " PRIMARY KEY (artcode, magcode))");
        }
    }

    synchronized void clear() {
        try (Statement st = connection.createStatement()) {
            for (String table : List.of("Items", "gbkmut", "orkrg", "orsrg", "voorrd")) {
                st.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized void item(String itemCode, String description, String stockAccount, boolean stockItem) {
        update("MERGE INTO Items (ItemCode, Description_0, GLAccountDistribution, IsStockItem) KEY (ItemCode) VALUES (?, ?, ?, ?)",
                itemCode, description, stockAccount, stockItem ? 1 : 0);
    }

    synchronized void itemWarehouse(String itemCode, String warehouse) {
        update("MERGE INTO voorrd (artcode, magcode, maxvrd, bestniv) KEY (artcode, magcode) VALUES (?, ?, 0, 0)", itemCode, warehouse);
    }

    /** A stock transaction on the item's stock account: positive receives, negative issues. */
    synchronized void stockMovement(String itemCode, String warehouse, BigDecimal quantity, String description) {
        String account = stockAccount(itemCode);
        update("INSERT INTO gbkmut (datum, transtype, reknr, artcode, warehouse, aantal, oms25) VALUES (?, 'N', ?, ?, ?, ?, ?)",
                java.sql.Date.valueOf(LocalDate.now()), account, itemCode, warehouse, quantity, description);
    }

    synchronized void order(String orderNumber, String kind, String debtor, String yourReference, List<OrderLine> lines) {
        update("INSERT INTO orkrg (ordernr, ord_soort, debnr, docnumber, orddat, afgehandld) VALUES (?, ?, ?, ?, ?, 0)",
                orderNumber, kind, debtor, yourReference, java.sql.Date.valueOf(LocalDate.now()));
        for (OrderLine line : lines) {
            update("INSERT INTO orsrg (ordernr, ord_soort, regel, artcode, magcode, esr_aantal, aant_gelev) VALUES (?, ?, ?, ?, ?, ?, 0)",
                    orderNumber, kind, line.lineNumber(), line.itemCode(), line.warehouse(), line.quantity());
        }
    }

    /** One stock receipt of a bulk load: the item is created as a stock item on account 3000 when it is new. */
    record Receipt(String itemCode, String warehouse, BigDecimal quantity) {
    }

    /**
     * Loads many receipts in JDBC batches (large stock tables for measurements): items that do not exist yet are
     * added to {@code Items} (stock account 3000), each item-warehouse to {@code voorrd}, each quantity to {@code gbkmut}.
     */
    synchronized int bulkReceive(List<Receipt> receipts) {
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.now());
        try (PreparedStatement item = connection.prepareStatement("MERGE INTO Items (ItemCode, Description_0,"
                + " GLAccountDistribution, IsStockItem) KEY (ItemCode) VALUES (?, ?, COALESCE((SELECT GLAccountDistribution"
                + " FROM Items WHERE ItemCode = ?), '3000'), 1)");
                PreparedStatement place = connection.prepareStatement(
                        "MERGE INTO voorrd (artcode, magcode, maxvrd, bestniv) KEY (artcode, magcode) VALUES (?, ?, 0, 0)");
                PreparedStatement move = connection.prepareStatement("INSERT INTO gbkmut (datum, transtype, reknr, artcode,"
                        + " warehouse, aantal, oms25) VALUES (?, 'N', (SELECT GLAccountDistribution FROM Items WHERE ItemCode = ?),"
                        + " ?, ?, ?, 'Bulk')")) {
            for (Receipt r : receipts) {
                item.setString(1, r.itemCode());
                item.setString(2, r.itemCode());
                item.setString(3, r.itemCode());
                item.addBatch();
                place.setString(1, r.itemCode());
                place.setString(2, r.warehouse());
                place.addBatch();
            }
            item.executeBatch();
            place.executeBatch();
            for (Receipt r : receipts) {
                move.setDate(1, today);
                move.setString(2, r.itemCode());
                move.setString(3, r.itemCode());
                move.setString(4, r.warehouse());
                move.setBigDecimal(5, r.quantity());
                move.addBatch();
            }
            move.executeBatch();
            return receipts.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox Globe database: " + e.getMessage(), e);
        }
    }

    synchronized void delivered(String orderNumber, int lineNumber, BigDecimal quantity) {
        update("UPDATE orsrg SET aant_gelev = aant_gelev + ? WHERE ordernr = ? AND regel = ?", quantity, orderNumber, lineNumber);
    }

    synchronized void completed(String orderNumber) {
        update("UPDATE orkrg SET afgehandld = 1 WHERE ordernr = ?", orderNumber);
    }

    synchronized int countRows(String table) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String stockAccount(String itemCode) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT GLAccountDistribution FROM Items WHERE ItemCode = ?")) {
            ps.setString(1, itemCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sandbox Globe database: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try (Statement st = connection.createStatement()) {
            st.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already gone
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }
}
