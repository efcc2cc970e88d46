package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvCatalog;
import com.ccvglobe.bridge.ccvshop.CcvCategory;
import com.ccvglobe.bridge.ccvshop.CcvNotFoundException;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.ArticleSettings;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * Puts the product in its CCV category, a branch of the tree whose levels the mapping lists
 * ({@code articles.category-tree}, default {@code [ assortment ]}): the assortment (mapping table
 * {@code article-categories}: assortment number → name, else the assortment's description in Globe) or a Globe item
 * field such as {@code Class01Code} (table {@code article-classes}: code → name, else the code). Each missing category
 * is created once, parents first, with its {@code parentcategory_id} (then linked in the state store by its path);
 * the product is linked to the leaf. When the item moves to another branch, the link the bridge made is moved;
 * links the merchant made by hand stay.
 */
@ApplicationScoped
public class ArticleCategories {

    static final String CATEGORY = "category";
    static final String CLASSES = "article-classes";

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
        List<String> path = path(unit.main(), mapping);
        if (path.isEmpty()) {
            return false;
        }
        String key = CATEGORY + ":" + unit.sku();
        String previous = lastSent.get(ProductWriter.FLOW, key).orElse(null);
        try {
            return place(productId, created, path, key, previous);
        } catch (CcvNotFoundException gone) {
            // a category the bridge linked was deleted in the shop: forget the branch's links, find or create it again
            forgetBranch(path);
            return place(productId, created, path, key, previous);
        }
    }

    private boolean place(long productId, boolean created, List<String> path, String key, String previous) {
        long categoryId = leafId(path);
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

    /** Forgets the links of every category on the path (they are looked up or created again). */
    private void forgetBranch(List<String> path) {
        String walked = null;
        for (String name : path) {
            walked = walked == null ? name : walked + " > " + name;
            String linkKey = walked.length() <= 120 ? walked : "tree " + FieldHashes.hash(walked);
            links.byGlobeKey(CATEGORY, linkKey).ifPresent(l -> links.unlink(CATEGORY, l.ccvId()));
        }
    }

    /** The category names from the top of the tree to the product's leaf ({@code articles.category-tree}); blank levels are left out. */
    List<String> path(GlobeRecord item, Mapping mapping) {
        List<String> path = new ArrayList<>();
        for (String level : mapping.articles().categoryTree()) {
            String name;
            if (ArticleSettings.ASSORTMENT.equals(level)) {
                BigDecimal assortment = item.number("Assortment");
                name = assortment == null ? null : categoryName(assortment.intValue(), mapping);
            } else {
                name = className(item.text(level), mapping);
            }
            if (name != null && !name.isBlank()) {
                path.add(name.trim());
            }
        }
        return path;
    }

    /** A class code's category name: the row in {@code lookups.article-classes}, else the code itself. */
    private static String className(String code, Mapping mapping) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String mapped = mapping.lookup(CLASSES).map(t -> t.rows().get(code.trim().toUpperCase(Locale.ROOT))).orElse(null);
        return mapped != null ? mapped : code.trim();
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

    /** The leaf's id, every category on the way found or created (once, parents first). */
    private long leafId(List<String> path) {
        Long parent = null;
        String walked = null;
        for (String name : path) {
            walked = walked == null ? name : walked + " > " + name;
            parent = categoryId(name, parent, walked);
        }
        return parent;
    }

    /** The id of the category with this name under the parent (null: top level): linked before, found in CCV, or created. */
    private long categoryId(String name, Long parentId, String walked) {
        String linkKey = walked.length() <= 120 ? walked : "tree " + FieldHashes.hash(walked);
        Optional<Long> linked = links.byGlobeKey(CATEGORY, linkKey).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isPresent()) {
            return linked.get();
        }
        CcvCategory category = catalog.findCategory(name, parentId)
                .orElseGet(() -> catalog.createCategory(new CcvCategory.Input(name, parentId, null)));
        links.link(CATEGORY, Long.toString(category.id()), linkKey, null);
        return category.id();
    }
}
