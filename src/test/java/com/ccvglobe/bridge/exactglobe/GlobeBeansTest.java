package com.ccvglobe.bridge.exactglobe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The client beans as the flows get them, in the application with the sandbox Globe (NTLM, stock over JDBC). */
@QuarkusTest
class GlobeBeansTest {

    @Inject
    GlobeEntityClient client;

    @Inject
    GlobeDocumentWriter writer;

    @Inject
    GlobeStockReader stock;

    @Test
    void anOrderWrittenThroughTheBeansReservesStock() {
        assertThat(client.get("Item", GlobeKey.code("ART-0012"))).isPresent();
        Map<String, StockLevel> before = levels();

        GlobeDocument order = writer.write(GlobeDocumentType.SALES_ORDER, List.of(Map.of("Itemcode", "ART-0012", "Quantity", 2)),
                Map.of("OrderDebtor", "1000", "YourReference", "CCV-BEANS-1"));

        assertThat(order.number()).isNotBlank();
        StockLevel after = levels().get("ART-0012@1");
        assertThat(after.reserved()).isEqualByComparingTo(before.get("ART-0012@1").reserved().add(java.math.BigDecimal.valueOf(2)));
        assertThat(after.free()).isEqualByComparingTo(before.get("ART-0012@1").free().subtract(java.math.BigDecimal.valueOf(2)));
    }

    private Map<String, StockLevel> levels() {
        Map<String, StockLevel> levels = new HashMap<>();
        stock.read(l -> levels.put(l.itemCode() + "@" + l.warehouse(), l));
        return levels;
    }
}
