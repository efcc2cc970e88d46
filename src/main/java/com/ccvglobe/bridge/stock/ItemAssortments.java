package com.ccvglobe.bridge.stock;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;

/**
 * The assortment of every Globe item, for the mapping's per-assortment safety buffer
 * ({@code stock.safety-buffer.by-assortment}). Read page by page from the entity service, once per stock run, and
 * only when such buffers are configured.
 */
@ApplicationScoped
public class ItemAssortments {

    private final GlobeEntityClient globe;

    public ItemAssortments(GlobeEntityClient globe) {
        this.globe = globe;
    }

    /** Item code → assortment number (as text, e.g. {@code 2}). */
    public Map<String, String> byItem() {
        Map<String, String> assortments = new HashMap<>();
        globe.findEach("Item", GlobeQuery.all().select("ItemCode", "Assortment"), item -> {
            String assortment = item.text("Assortment");
            if (assortment != null && !assortment.isBlank()) {
                assortments.put(item.text("ItemCode"), assortment.trim());
            }
        });
        return assortments;
    }
}
