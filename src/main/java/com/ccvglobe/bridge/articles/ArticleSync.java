package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.RecordOutcome;

/**
 * Syncs one CCV product from Globe (the body is its product number: an item code or a family code): product fields,
 * category, variants, picture — or, for a plain item the shop sells as an attribute combination, that combination
 * ({@link CombinationWriter}). A SKU the shop has more than once is reported and skipped ({@link DuplicateSkus}). Replaying a parked message runs it again from Globe's current data. Bean
 * {@code articleSync}; the body becomes the {@link RecordOutcome}.
 */
@ApplicationScoped
@Named("articleSync")
public class ArticleSync {

    private static final Logger LOG = Logger.getLogger(ArticleSync.class);

    private final MappingRegistry mappings;
    private final ArticleItems items;
    private final ProductFields fields;
    private final ProductWriter writer;
    private final ArticleCategories categories;
    private final ArticleVariants variants;
    private final ArticleImages images;
    private final ArticleProgress progress;
    private final RecordLinks links;
    private final ShopCatalogue catalogue;
    private final CombinationWriter combinations;
    private final DuplicateSkus duplicates;

    public ArticleSync(MappingRegistry mappings, ArticleItems items, ProductFields fields, ProductWriter writer,
            ArticleCategories categories, ArticleVariants variants, ArticleImages images, ArticleProgress progress,
            RecordLinks links, ShopCatalogue catalogue, CombinationWriter combinations, DuplicateSkus duplicates) {
        this.links = links;
        this.catalogue = catalogue;
        this.combinations = combinations;
        this.duplicates = duplicates;
        this.mappings = mappings;
        this.items = items;
        this.fields = fields;
        this.writer = writer;
        this.categories = categories;
        this.variants = variants;
        this.images = images;
        this.progress = progress;
    }

    public RecordOutcome sync(@Body String body) {
        String sku = body.trim();
        Mapping mapping = mappings.current();
        Optional<ArticleUnit> found = items.unit(sku, mapping);
        if (found.isEmpty()) {
            Optional<Long> deactivated = writer.deactivate(sku);
            if (deactivated.isPresent()) {
                return RecordOutcome.committed("product " + deactivated.get(), "deactivated: left the published selection; "
                        + progress.step(true));
            }
            return skipped("not a published Globe item (any more)");
        }
        ArticleUnit unit = found.get();
        if (links.byGlobeKey(ProductWriter.PRODUCT, sku).isEmpty()) {
            Optional<RecordOutcome> handled = syncedAsCombinationOrDuplicate(sku, unit);
            if (handled.isPresent()) {
                return handled.get();
            }
        }
        DocumentBody desired = fields.body(unit, mapping);
        ProductWriter.Outcome outcome = writer.write(sku, desired, mapping.createOnlyArticleFields());
        if (outcome.productId() == null) {
            return skipped("inactive in Globe and not in CCV: not created");
        }
        long id = outcome.productId();
        List<String> done = new ArrayList<>();
        if (outcome.created()) {
            done.add("created");
        } else if (!outcome.sent().isEmpty()) {
            done.add("updated " + String.join(",", outcome.sent()));
        }
        if (categories.place(id, outcome.created(), unit, mapping)) {
            done.add("category");
        }
        int written = variants.sync(id, outcome.created(), unit);
        if (written > 0) {
            done.add(written + " combinations");
        }
        if (images.sync(id, sku, unit.main().text("ItemCode"), String.valueOf(desired.values().getOrDefault("name", sku)))) {
            done.add("picture");
        }
        String where = progress.step(!done.isEmpty());
        if (done.isEmpty()) {
            return RecordOutcome.skipped("product " + id, "unchanged; " + where);
        }
        LOG.debugf("SKU %s: %s", sku, done);
        return RecordOutcome.committed("product " + id, String.join("; ", done) + "; " + where);
    }

    /**
     * For a SKU without a product link: a plain item linked to (or found in the catalogue as) an attribute combination
     * updates that combination and never becomes a product; a SKU found more than once is reported and skipped.
     * Returns the outcome when the item was handled here.
     */
    private Optional<RecordOutcome> syncedAsCombinationOrDuplicate(String sku, ArticleUnit unit) {
        if (!unit.hasVariants()) {
            Optional<Long> linked = combinations.linked(sku);
            if (linked.isPresent()) {
                Optional<CombinationWriter.Outcome> outcome = combinations.updateLinked(sku, linked.get(), unit);
                if (outcome.isPresent()) {
                    return Optional.of(combinationDone(outcome.get(), "linked combination"));
                }
            }
        }
        List<CatalogueMatch> inShop = catalogue.find(sku);
        if (inShop.size() > 1) {
            String text = duplicates.report(sku, inShop);
            return Optional.of(RecordOutcome.skipped(null, "duplicate SKU: " + text + "; " + progress.step(false)));
        }
        duplicates.resolved(sku);
        if (!unit.hasVariants() && inShop.size() == 1 && inShop.get(0).isCombination()) {
            CombinationWriter.Outcome outcome = combinations.link(sku, inShop.get(0), unit);
            return Optional.of(combinationDone(outcome, "linked to " + inShop.get(0).describe()));
        }
        return Optional.empty();
    }

    private RecordOutcome combinationDone(CombinationWriter.Outcome outcome, String how) {
        String target = "combination " + outcome.combinationId();
        boolean wrote = !outcome.sent().isEmpty();
        String where = progress.step(wrote);
        if (!wrote && how.startsWith("linked combination")) {
            return RecordOutcome.skipped(target, "unchanged (attribute combination " + outcome.combinationId() + "); " + where);
        }
        return RecordOutcome.committed(target, how + (wrote ? "; updated " + String.join(",", outcome.sent())
                : "; nothing to update") + "; " + where);
    }

    private RecordOutcome skipped(String why) {
        return RecordOutcome.skipped(null, why + "; " + progress.step(false));
    }
}
