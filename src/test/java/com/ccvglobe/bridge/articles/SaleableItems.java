package com.ccvglobe.bridge.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.state.SyncCursors;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test data: the properties of an active, sold stock item as the sandbox Globe's demo administration has them, and the
 * look-ups the articles tests share (items into the Globe simulator, products out of the CCV simulator).
 */
final class SaleableItems {

    private SaleableItems() {
    }

    /**
     * Sets the articles cursor to now, so that a run sees only the items changed after this call. Globe dates have
     * whole milliseconds and a run skips what is not after the cursor: the cursor is a whole millisecond and this
     * returns only once the clock is past it, so an item written right after this call is never taken for seen.
     */
    static void cursorAtNow(SyncCursors cursors) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        cursors.propose(ArticleSelection.CURSOR, now.toString()).confirmWritten();
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(now)) {
            Thread.onSpinWait();
        }
    }

    static Map<String, Object> item(String code, String description, String price) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("ItemCode", code);
        item.put("Description0", description);
        item.put("SalesPrice", new BigDecimal(price));
        item.put("SalesCurrency", "EUR");
        item.put("Condition", "A");
        item.put("Type", "S");
        item.put("IsSalesItem", true);
        item.put("IsPurchaseItem", true);
        item.put("IsStockItem", true);
        item.put("Assortment", 1);
        item.put("SalesVATCode", "2");
        item.put("GLAccountRevenue", "8000");
        item.put("GLAccountDistribution", "3000");
        item.put("Warehouse", "1");
        return item;
    }

    /** Creates a saleable item in Globe with {@code extra} properties laid over the defaults. */
    static void create(GlobeEntityClient globe, String code, String description, String price, Map<String, Object> extra) {
        Map<String, Object> item = item(code, description, price);
        item.putAll(extra);
        globe.create("Item", item);
    }

    /** The CCV products with this SKU. */
    static List<ObjectNode> products(CcvShopSimulator ccv, String sku) {
        return ccv.data().where("products", p -> sku.equals(p.path("productnumber").asText()));
    }

    /** The one CCV product with this SKU. */
    static ObjectNode product(CcvShopSimulator ccv, String sku) {
        List<ObjectNode> found = products(ccv, sku);
        assertThat(found).as("CCV products " + sku).hasSize(1);
        return found.get(0);
    }
}
