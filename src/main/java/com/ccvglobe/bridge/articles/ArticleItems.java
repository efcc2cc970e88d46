package com.ccvglobe.bridge.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.Mapping;

/**
 * Reads the Globe items the flow publishes: sales items of the configured assortments that pass the custom filter,
 * changed since a moment or all of them, and one product's items (a plain item or a whole variant family).
 */
@ApplicationScoped
public class ArticleItems {

    static final String ENTITY = "Item";

    private final GlobeEntityClient globe;
    private final ArticleFamilies families;
    private final ArticlesConfig config;

    public ArticleItems(GlobeEntityClient globe, ArticleFamilies families, ArticlesConfig config) {
        this.globe = globe;
        this.families = families;
        this.config = config;
    }

    /** Every published item modified at or after {@code since} (every one when null), page by page. */
    public void eachChangedSince(Instant since, Consumer<GlobeRecord> each) {
        GlobeFilter filter = published();
        if (since != null) {
            filter = filter.and(GlobeFilter.ge("ModifiedDate", since));
        }
        globe.findEach(ENTITY, GlobeQuery.where(filter), each);
    }

    /**
     * The published items that make up the product with this product number; empty when Globe has none of them in
     * the selection (an item that left it: another assortment, no sales item any more, the custom filter).
     */
    public Optional<ArticleUnit> unit(String sku, Mapping mapping) {
        Optional<GlobeRecord> own = globe.find(ENTITY, GlobeQuery.where(published().and(GlobeFilter.eq("ItemCode", sku))))
                .stream().findFirst();
        if (own.isPresent() && families.familyOf(own.get()).filter(f -> !f.equals(sku)).isPresent()) {
            return unit(families.familyOf(own.get()).orElseThrow(), mapping);
        }
        List<ArticleUnit.Variant> variants = new ArrayList<>();
        families.candidates(sku).ifPresent(candidates -> globe.find(ENTITY, GlobeQuery.where(published().and(candidates)))
                .stream().filter(i -> families.familyOf(i).filter(sku::equals).isPresent())
                .sorted(Comparator.comparing(i -> i.text("ItemCode")))
                .forEach(i -> variants.add(new ArticleUnit.Variant(i, families.optionValues(i, mapping)))));
        if (own.isEmpty() && variants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleUnit(sku, own.orElseGet(() -> variants.get(0).item()), variants));
    }

    /** Sales items, of the configured assortments, passing the custom filter. */
    private GlobeFilter published() {
        GlobeFilter filter = GlobeFilter.eq("IsSalesItem", true);
        List<Integer> assortments = config.assortments().orElse(List.of());
        if (!assortments.isEmpty()) {
            GlobeFilter any = null;
            for (Integer a : assortments) {
                GlobeFilter one = GlobeFilter.eq("Assortment", a);
                any = any == null ? one : any.or(one);
            }
            filter = filter.and(any);
        }
        if (config.filter().filter(f -> !f.isBlank()).isPresent()) {
            filter = filter.and(new GlobeFilter.Raw(config.filter().get()));
        }
        return filter;
    }
}
