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
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Syncs one CCV product from Globe (the body is its product number: an item code or a family code): product fields,
 * category, variants, picture. Replaying a parked message runs it again from Globe's current data. Bean
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

    public ArticleSync(MappingRegistry mappings, ArticleItems items, ProductFields fields, ProductWriter writer,
            ArticleCategories categories, ArticleVariants variants, ArticleImages images, ArticleProgress progress) {
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
        int combinations = variants.sync(id, unit);
        if (combinations > 0) {
            done.add(combinations + " combinations");
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

    private void skipped(Exchange exchange, String why) {
        exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
        exchange.setProperty(MessageProperties.SUMMARY, why + "; " + progress.step(false));
    }
}
