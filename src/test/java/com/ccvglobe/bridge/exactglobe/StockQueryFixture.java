package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Globe-shaped stock tables with a known content, in any database (portable DDL), and the answer the default stock
 * query must give on them: on hand only from stock transactions on the item's stock account, reserved only from open
 * sales orders of stock items, on order from open purchase orders.
 */
final class StockQueryFixture {

    private StockQueryFixture() {
    }

    static void create(String jdbcUrl, String user, String password, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement st = c.createStatement()) {
            if (schema != null) {
                st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                st.execute("CREATE SCHEMA " + schema);
                st.execute("SET search_path TO " + schema);
            }
            st.execute("CREATE TABLE Items (ItemCode VARCHAR(30) PRIMARY KEY, Description_0 VARCHAR(60), GLAccountDistribution VARCHAR(9), IsStockItem SMALLINT)");
            st.execute("CREATE TABLE gbkmut (datum DATE, transtype CHAR(1), reknr VARCHAR(9), artcode VARCHAR(30), warehouse VARCHAR(4), aantal DECIMAL(18,4))");
            st.execute("CREATE TABLE orkrg (ordernr VARCHAR(8) PRIMARY KEY, ord_soort CHAR(1), debnr VARCHAR(6), docnumber VARCHAR(30), afgehandld SMALLINT)");
            st.execute("CREATE TABLE orsrg (ordernr VARCHAR(8), ord_soort CHAR(1), regel INT, artcode VARCHAR(30), magcode VARCHAR(4), esr_aantal DECIMAL(18,4), aant_gelev DECIMAL(18,4))");
            st.execute("INSERT INTO Items VALUES ('ART-0001', 'Mok', '     3000', 1), ('ART-0002', 'Pet', '     3000', 1),"
                    + " ('VERZEND', 'Verzendkosten', NULL, 0)");
            st.execute("INSERT INTO gbkmut VALUES (CURRENT_DATE, 'N', '     3000', 'ART-0001', '1', 20),"
                    + " (CURRENT_DATE, 'N', '     3000', 'ART-0001', '1', -2.5),"
                    + " (CURRENT_DATE, 'N', '     8000', 'ART-0001', '1', -100)," // revenue posting, not stock
                    + " (CURRENT_DATE, 'Z', '     3000', 'ART-0001', '1', 50)," // not a stock transaction type
                    + " (CURRENT_DATE, 'X', '     3000', 'ART-0001', '2', 4),"
                    + " (CURRENT_DATE, 'N', '     3000', 'ART-0002', '1', 1)");
            st.execute("INSERT INTO orkrg VALUES ('       1', 'V', '  1000', 'CCV-1', 0), ('       2', 'V', '  1000', 'CCV-2', 1),"
                    + " ('       3', 'B', NULL, 'PO-1', 0), ('       4', 'V', '  1000', 'CCV-4', 0)");
            st.execute("INSERT INTO orsrg VALUES ('       1', 'V', 1, 'ART-0001', '1', 5, 2), ('       1', 'V', 2, 'VERZEND', '1', 1, 0),"
                    + " ('       2', 'V', 1, 'ART-0001', '1', 7, 0)," // completed order: no reservation
                    + " ('       3', 'B', 1, 'ART-0001', '1', 10, 4)," // purchase: 6 on order
                    + " ('       4', 'V', 1, 'ART-0002', '1', 3, 0)");
        }
    }

    static void assertDefaultQueryAnswer(GlobeStockReader reader) {
        Map<String, StockLevel> levels = new HashMap<>();
        int rows = reader.read(l -> levels.put(l.itemCode() + "@" + l.warehouse(), l));
        assertThat(rows).isEqualTo(3);
        StockLevel mug = levels.get("ART-0001@1");
        assertThat(mug.onHand()).isEqualByComparingTo("17.5");
        assertThat(mug.reserved()).isEqualByComparingTo("3");
        assertThat(mug.onOrder()).isEqualByComparingTo("6");
        assertThat(mug.free()).isEqualByComparingTo("14.5");
        assertThat(levels.get("ART-0001@2").onHand()).isEqualByComparingTo("4");
        assertThat(levels.get("ART-0001@2").reserved()).isEqualByComparingTo("0");
        StockLevel cap = levels.get("ART-0002@1");
        assertThat(cap.free()).isEqualByComparingTo("-2");
        assertThat(cap.onHand().toPlainString()).isEqualTo("1");
        assertThat(levels).doesNotContainKey("VERZEND@1");
    }
}
