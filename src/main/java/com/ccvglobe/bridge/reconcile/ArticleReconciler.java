package com.ccvglobe.bridge.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.articles.ArticleFamilies;
import com.ccvglobe.bridge.articles.ArticleItems;
import com.ccvglobe.bridge.articles.ArticleUnit;
import com.ccvglobe.bridge.articles.ProductFields;
import com.ccvglobe.bridge.ccvshop.CcvProduct;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Articles: per published Globe item linked to a CCV product, the product's price, active flag and EAN against what the
 * articles flow's mapping makes of the item now ({@link ProductFields}, the same code the flow sends with). Reads the
 * published items page by page; the CCV side is the product pages read once per reconciliation. Variant families are
 * left out (their product fields come from several items; docs/reconcile.md).
 */
@ApplicationScoped
public class ArticleReconciler {

    private static final String PRODUCT_LINK = "product";
    /** Where the articles flow keeps the hashes of the fields it sent per product (articles.ProductWriter). */
    private static final String SENT_FLOW = "articles";
    private static final String SENT_KEY_PREFIX = "product:";

    private final ArticleItems items;
    private final ArticleFamilies families;
    private final ProductFields fields;
    private final MappingRegistry mappings;
    private final RecordLinks links;
    private final LastSentValues lastSent;

    public ArticleReconciler(ArticleItems items, ArticleFamilies families, ProductFields fields, MappingRegistry mappings,
            RecordLinks links, LastSentValues lastSent) {
        this.lastSent = lastSent;
        this.items = items;
        this.families = families;
        this.fields = fields;
        this.mappings = mappings;
        this.links = links;
    }

    public List<ReconcileDifference> reconcile(Map<Long, CcvProduct> shop, Map<String, Integer> checked) {
        Map<String, GlobeRecord> plain = new LinkedHashMap<>();
        items.eachChangedSince(null, item -> {
            String sku = item.text("ItemCode");
            if (sku != null && families.familyOf(item).isEmpty()) {
                plain.put(sku.trim(), item);
            }
        });
        Map<String, RecordLink> linked = links.byGlobeKeys(PRODUCT_LINK, plain.keySet());
        Mapping mapping = mappings.current();
        List<ReconcileDifference> found = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, GlobeRecord> entry : plain.entrySet()) {
            RecordLink link = linked.get(entry.getKey());
            if (link == null) {
                continue;
            }
            compared++;
            String sku = entry.getKey();
            CcvProduct product = shop.get(Long.parseLong(link.ccvId()));
            if (product == null) {
                found.add(difference(sku, "not-in-shop", null, null, "linked to CCV product " + link.ccvId()
                        + ", which the shop does not have (any more)"));
                continue;
            }
            Map<String, Object> desired;
            try {
                desired = fields.of(new ArticleUnit(sku, entry.getValue(), List.of()), mapping);
            } catch (BusinessException e) {
                found.add(difference(sku, "would-park", null, null, e.getMessage()));
                continue;
            }
            compare(found, sku, "price", product.price(), desired.get("price"));
            compare(found, sku, "active", product.isActive(), desired.get("active"));
            compare(found, sku, "ean", product.eannumber(), desired.get("eannumber"));
        }
        checked.put("articles", compared);
        return found;
    }

    /**
     * Forgets what the articles flow sent for the product, so that its next sync sends every field again (the flow
     * sends only fields whose value changed since it last sent them: a manual edit in the shop stays otherwise).
     */
    public boolean forgetSent(String sku) {
        return lastSent.forget(SENT_FLOW, SENT_KEY_PREFIX + sku);
    }

    private static void compare(List<ReconcileDifference> found, String sku, String field, Object inShop, Object wanted) {
        if (wanted == null || same(inShop, wanted)) {
            return;
        }
        found.add(difference(sku, field, inShop == null ? null : text(inShop), text(wanted),
                "CCV " + field + " differs from what the mapping makes of the Globe item"));
    }

    private static boolean same(Object inShop, Object wanted) {
        if (inShop instanceof BigDecimal a && wanted instanceof Number b) {
            return a.compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (inShop instanceof String a && wanted != null) {
            return a.trim().equals(wanted.toString().trim());
        }
        return Objects.equals(inShop, wanted) || (inShop == null && "".equals(wanted));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static ReconcileDifference difference(String sku, String kind, String ccv, String globe, String reason) {
        return new ReconcileDifference(null, 0, Category.articles.name(), kind, sku, ccv, globe, reason, "article-sync");
    }
}
