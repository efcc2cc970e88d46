package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Syncs one CCV product from Globe (the body is its product number: an item code or a family code): product fields,
 * category, variants, picture — or, for a plain item the shop sells as an attribute combination, that combination
 * ({@link CombinationWriter}). A SKU the shop has more than once is reported and skipped ({@link DuplicateSkus}). Replaying a parked message runs it again from Globe's current data. Bean
 * {@code articleSync}.
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

    public void sync(Exchange exchange) {
        String sku = exchange.getMessage().getBody(String.class).trim();
        Mapping mapping = mappings.current();
        Optional<ArticleUnit> found = items.unit(sku, mapping);
        if (found.isEmpty()) {
            Optional<Long> deactivated = writer.deactivate(sku);
            if (deactivated.isPresent()) {
                exchange.setProperty(MessageProperties.TARGET_REF, "product " + deactivated.get());
                exchange.setProperty(MessageProperties.SUMMARY, "deactivated: left the published selection; "
                        + progress.step(true));
                return;
            }
            skipped(exchange, "not a published Globe item (any more)");
            return;
        }
        ArticleUnit unit = found.get();
        if (links.byGlobeKey(ProductWriter.PRODUCT, sku).isEmpty() && syncedAsCombinationOrDuplicate(exchange, sku, unit)) {
            return;
        }
        DocumentBody desired = fields.body(unit, mapping);
        ProductWriter.Outcome outcome = writer.write(sku, desired, mapping.createOnlyArticleFields());
        if (outcome.productId() == null) {
            skipped(exchange, "inactive in Globe and not in CCV: not created");
            return;
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
        exchange.setProperty(MessageProperties.TARGET_REF, "product " + id);
        String where = progress.step(!done.isEmpty());
        if (done.isEmpty()) {
            exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
            exchange.setProperty(MessageProperties.SUMMARY, "unchanged; " + where);
        } else {
            exchange.setProperty(MessageProperties.SUMMARY, String.join("; ", done) + "; " + where);
            LOG.debugf("SKU %s: %s", sku, done);
        }
    }

    /**
     * For a SKU without a product link: a plain item linked to (or found in the catalogue as) an attribute combination
     * updates that combination and never becomes a product; a SKU found more than once is reported and skipped.
     * Returns true when the item was handled here.
     */
    private boolean syncedAsCombinationOrDuplicate(Exchange exchange, String sku, ArticleUnit unit) {
        if (!unit.hasVariants()) {
            Optional<Long> linked = combinations.linked(sku);
            if (linked.isPresent()) {
                Optional<CombinationWriter.Outcome> outcome = combinations.updateLinked(sku, linked.get(), unit);
                if (outcome.isPresent()) {
                    combinationDone(exchange, outcome.get(), "linked combination");
                    return true;
                }
            }
        }
        List<CatalogueMatch> inShop = catalogue.find(sku);
        if (inShop.size() > 1) {
            String text = duplicates.report(sku, inShop);
            exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
            exchange.setProperty(MessageProperties.SUMMARY, "duplicate SKU: " + text + "; " + progress.step(false));
            return true;
        }
        duplicates.resolved(sku);
        if (!unit.hasVariants() && inShop.size() == 1 && inShop.get(0).isCombination()) {
            CombinationWriter.Outcome outcome = combinations.link(sku, inShop.get(0), unit);
            combinationDone(exchange, outcome, "linked to " + inShop.get(0).describe());
            return true;
        }
        return false;
    }

    private void combinationDone(Exchange exchange, CombinationWriter.Outcome outcome, String how) {
        exchange.setProperty(MessageProperties.TARGET_REF, "combination " + outcome.combinationId());
        boolean wrote = !outcome.sent().isEmpty();
        String where = progress.step(wrote);
        if (!wrote && how.startsWith("linked combination")) {
            exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
            exchange.setProperty(MessageProperties.SUMMARY, "unchanged (attribute combination " + outcome.combinationId()
                    + "); " + where);
            return;
        }
        exchange.setProperty(MessageProperties.SUMMARY, how + (wrote ? "; updated " + String.join(",", outcome.sent())
                : "; nothing to update") + "; " + where);
    }

    private void skipped(Exchange exchange, String why) {
        exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
        exchange.setProperty(MessageProperties.SUMMARY, why + "; " + progress.step(false));
    }
}
