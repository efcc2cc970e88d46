package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvCatalog;
import com.ccvglobe.bridge.ccvshop.CcvCategory;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * Puts the product in the CCV category of its Globe assortment: the mapping table {@code article-categories}
 * (assortment number → category name), else a top-level category named after the assortment's description. A
 * missing category is created once (then linked in the state store); when the assortment changes, the link the
 * bridge made is moved; links the merchant made by hand stay.
 */
@ApplicationScoped
public class ArticleCategories {

    static final String CATEGORY = "category";

    private final CcvCatalog catalog;
    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final LastSentValues lastSent;
    private final Map<Integer, String> assortmentNames = new ConcurrentHashMap<>();

    public ArticleCategories(CcvCatalog catalog, GlobeEntityClient globe, RecordLinks links, LastSentValues lastSent) {
        this.catalog = catalog;
        this.globe = globe;
        this.links = links;
        this.lastSent = lastSent;
    }

    public void newRun() {
        assortmentNames.clear();
    }

    /**
     * Returns true when the product's category link was written now. A product created moments ago has no links,
     * so they are not read.
     */
    public boolean place(long productId, boolean created, ArticleUnit unit, Mapping mapping) {
        BigDecimal assortment = unit.main().number("Assortment");
        if (assortment == null) {
            return false;
        }
        String name = categoryName(assortment.intValue(), mapping);
        if (name == null || name.isBlank()) {
            return false;
        }
        String key = CATEGORY + ":" + unit.sku();
        String previous = lastSent.get(ProductWriter.FLOW, key).orElse(null);
        long categoryId = categoryId(name);
        String wanted = Long.toString(categoryId);
        if (wanted.equals(previous)) {
            return false;
        }
        List<CcvCategory.ProductLink> current = created ? List.of() : catalog.productCategories(productId);
        if (current.stream().noneMatch(l -> l.categoryId() != null && l.categoryId() == categoryId)) {
            catalog.link(productId, categoryId);
        }
        if (previous != null) {
            current.stream().filter(l -> l.categoryId() != null && previous.equals(Long.toString(l.categoryId())))
                    .forEach(l -> catalog.unlink(l.id()));
        }
        lastSent.recordSent(ProductWriter.FLOW, key, wanted);
        return true;
    }

    private String categoryName(int assortment, Mapping mapping) {
        String mapped = mapping.lookup("article-categories").map(t -> t.rows().get(Integer.toString(assortment))).orElse(null);
        if (mapped != null) {
            return mapped;
        }
        return assortmentNames.computeIfAbsent(assortment, a -> globe.get("ItemAssortment", GlobeKey.number(a))
                .map(r -> description(r)).orElse(""));
    }

    private static String description(GlobeRecord assortment) {
        String text = assortment.text("Description");
        return text == null ? "" : text.trim();
    }

    /** The id of the top-level category with this name: linked before, found in CCV, or created (once). */
    private long categoryId(String name) {
        Optional<Long> linked = links.byGlobeKey(CATEGORY, name).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isPresent()) {
            return linked.get();
        }
        CcvCategory category = catalog.findCategory(name, null)
                .orElseGet(() -> catalog.createCategory(new CcvCategory.Input(name, null, null)));
        links.link(CATEGORY, Long.toString(category.id()), name, null);
        return category.id();
    }
}
