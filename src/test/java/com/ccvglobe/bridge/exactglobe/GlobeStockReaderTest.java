package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.support.TransientException;

/** The default stock query on H2 (Globe-shaped tables), a replaced query, and a database that is away. */
class GlobeStockReaderTest {

    @Test
    void defaultQueryGivesOnHandReservedAndFreeForItemsWithOpenOrders() throws Exception {
        String url = "jdbc:h2:mem:stock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StockQueryFixture.create(url, "sa", "", null);
        StockQueryFixture.assertDefaultQueryAnswer(new GlobeStockReader(url, "sa", "", GlobeStockReader.defaultQuery()));
    }

    @Test
    void operatorsCanReplaceTheQuery() throws Exception {
        String url = "jdbc:h2:mem:stock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StockQueryFixture.create(url, "sa", "", null);
        String custom = "SELECT artcode AS ItemCode, warehouse AS Warehouse, SUM(aantal) AS OnHand, 0 AS Reserved, 0 AS OnOrder"
                + " FROM gbkmut GROUP BY artcode, warehouse ORDER BY artcode, warehouse";
        List<StockLevel> levels = new ArrayList<>();
        new GlobeStockReader(url, "sa", "", custom).read(levels::add);
        assertThat(levels).hasSize(3);
        assertThat(levels.get(0).onHand()).isEqualByComparingTo("-32.5");
    }

    @Test
    void theSqlServerDriverIsOnTheClasspath() throws Exception {
        assertThat(java.sql.DriverManager.getDriver("jdbc:sqlserver://globe-sql:1433;databaseName=500").getClass().getName())
                .isEqualTo("com.microsoft.sqlserver.jdbc.SQLServerDriver");
    }

    @Test
    void anUnreachableDatabaseIsTransient() {
        GlobeStockReader reader = new GlobeStockReader("jdbc:postgresql://127.0.0.1:1/none", "u", "secret-pw", GlobeStockReader.defaultQuery());
        assertThatThrownBy(() -> reader.read(l -> {
        })).isInstanceOf(TransientException.class).hasMessageNotContaining("secret-pw");
    }
}
