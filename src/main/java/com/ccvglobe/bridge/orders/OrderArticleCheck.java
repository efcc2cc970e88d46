package com.ccvglobe.bridge.orders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;


import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Every item of the document (rows' SKUs and the freight, payment-costs and discount items) must be an active sales
 * item in Globe. Items the {@link ItemStates} cache holds as active sales items are taken from it; the others (not
 * cached, cached as blocked or not for sale, or not confirmed within the cache's max age) are read: one {@code Item} query per {@code bridge.orders.item-check-batch-size} items (default 20), so that the
 * OR filter stays within the URL length IIS accepts (2 048 by default; near 40 item codes in one filter). Missing, blocked or discontinued ({@code Condition} other than
 * {@code A}) and non-sales items park the order with a message listing them all. Financial entries carry no items.
 */
@ApplicationScoped
@Named("orderArticleCheck")
public class OrderArticleCheck {

    private final GlobeEntityClient globe;
    private final OrdersConfig config;
    private final ItemStates cache;

    public OrderArticleCheck(GlobeEntityClient globe, OrdersConfig config, ItemStates cache) {
        this.globe = globe;
        this.config = config;
        this.cache = cache;
    }

    /** Body unchanged; a business error names every unusable article. */
    public void check(OrderDocument document) {
        if (document.type() == OrdersConfig.Document.financial || document.skus().isEmpty()) {
            return;
        }
        Map<String, GlobeRecord> items = new HashMap<>(cache.served(document.skus()));
        List<String> skus = document.skus().stream().filter(sku -> !usable(items.get(sku.toUpperCase(Locale.ROOT))))
                .distinct().toList();
        int batch = config.itemCheckBatchSize();
        for (int from = 0; from < skus.size(); from += batch) {
            GlobeFilter filter = null;
            for (String sku : skus.subList(from, Math.min(skus.size(), from + batch))) {
                GlobeFilter one = GlobeFilter.eq("ItemCode", sku);
                filter = filter == null ? one : filter.or(one);
            }
            long readAt = System.nanoTime();
            List<GlobeRecord> read = globe.find("Item", GlobeQuery.where(filter).select(ItemStates.FIELDS));
            for (String sku : skus.subList(from, Math.min(skus.size(), from + batch))) {
                items.remove(sku.toUpperCase(Locale.ROOT)); // a forced read: what Globe says now counts
            }
            for (GlobeRecord item : read) {
                items.put(item.text("ItemCode").toUpperCase(Locale.ROOT), item);
            }
            cache.remember(read, readAt);
        }
        List<String> problems = new ArrayList<>();
        for (String sku : document.skus()) {
            GlobeRecord item = items.get(sku.toUpperCase(Locale.ROOT));
            if (item == null) {
                problems.add(sku + " does not exist");
            } else if (item.text("Condition") != null && !"A".equalsIgnoreCase(item.text("Condition"))) {
                problems.add(sku + " is " + condition(item.text("Condition")));
            } else if (item.values().containsKey("IsSalesItem") && !item.flag("IsSalesItem")) {
                problems.add(sku + " is not a sales item");
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(document.record(), "orderrows",
                    "articles not usable in Exact Globe: " + String.join("; ", problems));
        }
    }

    /** Active (condition A) and a sales item: may be served from the cache; anything else is read again. */
    private static boolean usable(GlobeRecord item) {
        return item != null && (item.text("Condition") == null || "A".equalsIgnoreCase(item.text("Condition")))
                && (!item.values().containsKey("IsSalesItem") || item.flag("IsSalesItem"));
    }

    private static String condition(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "B" -> "blocked (condition B)";
            case "D" -> "discontinued (condition D)";
            case "E" -> "expired (condition E)";
            case "F" -> "in the future (condition F)";
            default -> "not active (condition " + code + ")";
        };
    }
}
