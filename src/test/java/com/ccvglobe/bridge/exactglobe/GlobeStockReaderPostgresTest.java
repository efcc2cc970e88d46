package com.ccvglobe.bridge.exactglobe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The default stock query on PostgreSQL (CI exports {@code BRIDGE_CI_PG_URL}), on Globe-shaped tables in a schema of
 * its own ({@code globe_stock_test}).
 */
@EnabledIfEnvironmentVariable(named = "BRIDGE_CI_PG_URL", matches = ".+")
class GlobeStockReaderPostgresTest {

    private static final String SCHEMA = "globe_stock_test";

    @Test
    void defaultQueryGivesOnHandReservedAndFreeForItemsWithOpenOrders() throws Exception {
        String url = System.getenv("BRIDGE_CI_PG_URL");
        StockQueryFixture.create(url, "postgres", "", SCHEMA);
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        StockQueryFixture.assertDefaultQueryAnswer(new GlobeStockReader(inSchema, "postgres", "", GlobeStockReader.defaultQuery()));
    }
}
