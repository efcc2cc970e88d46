package com.ccvglobe.bridge.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvProduct;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.stock.StockQuantities;

/**
 * Stock: per linked SKU, the stock CCV shows against the stock a stock run would send now (drift from manual edits in
 * the shop, or missed runs). The CCV side comes from the product pages read once per reconciliation, plus the attribute
 * combinations of the products that keep stock per variant (one call per such product). With
 * {@code bridge.reconcile.resend-drifted-stock} the drifted SKUs are sent again by the next stock run.
 */
@ApplicationScoped
public class StockReconciler {

    private final StockQuantities quantities;
    private final RecordLinks links;
    private final CcvProducts products;
    private final ReconcileConfig config;

    public StockReconciler(StockQuantities quantities, RecordLinks links, CcvProducts products, ReconcileConfig config) {
        this.quantities = quantities;
        this.links = links;
        this.products = products;
        this.config = config;
    }

    public List<ReconcileDifference> reconcile(Map<Long, CcvProduct> shop, Map<String, Integer> checked) {
        Map<String, BigDecimal> wanted = quantities.now();
        Map<String, RecordLink> variantLinks = links.byGlobeKeys(StockQuantities.linkEntity(true), wanted.keySet());
        Map<String, RecordLink> productLinks = links.byGlobeKeys(StockQuantities.linkEntity(false), wanted.keySet());
        Map<Long, BigDecimal> variantStock = variantStock(shop, variantLinks);
        List<ReconcileDifference> found = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, BigDecimal> entry : new java.util.TreeMap<>(wanted).entrySet()) {
            String sku = entry.getKey();
            RecordLink variant = variantLinks.get(sku);
            RecordLink product = productLinks.get(sku);
            if (variant == null && product == null) {
                continue; // not linked: the stock run reports unlinked SKUs itself
            }
            compared++;
            long id = Long.parseLong((variant != null ? variant : product).ccvId());
            BigDecimal inShop;
            String where;
            if (variant != null) {
                inShop = variantStock.get(id);
                where = "combination " + id;
            } else {
                CcvProduct p = shop.get(id);
                inShop = p == null ? null : p.stock();
                where = "product " + id;
            }
            if (inShop == null) {
                found.add(new ReconcileDifference(null, 0, Category.stock.name(), "not-in-shop", sku, null,
                        entry.getValue().toPlainString(), "linked to CCV " + where + ", which the shop does not have (any more)",
                        null));
            } else if (inShop.compareTo(entry.getValue()) != 0) {
                boolean resend = config.resendDriftedStock() && quantities.resendNextRun(sku);
                found.add(new ReconcileDifference(null, 0, Category.stock.name(), "drift", sku, inShop.stripTrailingZeros()
                        .toPlainString(), entry.getValue().toPlainString(), "CCV " + where + " shows other stock than the bridge"
                                + " would send" + (resend ? "; the next stock run sends it again" : ""), "stock-sync"));
            }
        }
        checked.put("stock", compared);
        return found;
    }

    /** Stock of the linked combinations, read per product that keeps stock per variant. */
    private Map<Long, BigDecimal> variantStock(Map<Long, CcvProduct> shop, Map<String, RecordLink> variantLinks) {
        Map<Long, BigDecimal> stock = new HashMap<>();
        if (variantLinks.isEmpty()) {
            return stock;
        }
        for (CcvProduct product : shop.values()) {
            if ("attribute".equalsIgnoreCase(product.stocktype())) {
                for (CcvAttributeCombination combination : products.combinations(product.id())) {
                    stock.put(combination.id(), combination.stock() == null ? BigDecimal.ZERO : combination.stock());
                }
            }
        }
        return stock;
    }
}
