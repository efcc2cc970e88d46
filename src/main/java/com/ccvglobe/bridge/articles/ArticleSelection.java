package com.ccvglobe.bridge.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * Starts an articles run: reads the Globe items changed since the cursor {@code articles.modified-date} (header
 * {@code articlesMode} = {@code changed}; every item on the first run) or all of them ({@code full}), and hands the
 * route the product numbers to sync, one per product (a variant family once). The full compare adds the products
 * the bridge wrote whose items left the selection, so that they are deactivated. The cursor is proposed here and stored
 * by {@link #finish} only after every product of the batch was handled. The first run against a shop that already
 * has products is a link-up ({@link ArticlesLinkUp}): a report, nothing written, until an operator confirms. Bean
 * {@code articleSelection}.
 */
@ApplicationScoped
@Named("articleSelection")
public class ArticleSelection {

    public static final String CURSOR = "articles.modified-date";
    public static final String MODE_HEADER = "articlesMode";
    static final String PENDING = "articlesPendingCursor";
    static final String HELD = "articlesLinkUpHeld";

    private final ArticleItems items;
    private final ArticleFamilies families;
    private final SyncCursors cursors;
    private final ArticleProgress progress;
    private final ActivityLog activity;
    private final ShopPricing pricing;
    private final ArticleCategories categories;
    private final ArticleLeavers leavers;
    private final ShopCatalogue catalogue;
    private final ArticleVariants variants;
    private final ArticlesLinkUp linkUp;
    private final LinkUpReport linkUpReport;

    public ArticleSelection(ArticleItems items, ArticleFamilies families, SyncCursors cursors, ArticleProgress progress,
            ActivityLog activity, ShopPricing pricing, ArticleCategories categories, ArticleLeavers leavers,
            ShopCatalogue catalogue, ArticleVariants variants, ArticlesLinkUp linkUp, LinkUpReport linkUpReport) {
        this.catalogue = catalogue;
        this.variants = variants;
        this.linkUp = linkUp;
        this.linkUpReport = linkUpReport;
        this.leavers = leavers;
        this.items = items;
        this.families = families;
        this.cursors = cursors;
        this.progress = progress;
        this.activity = activity;
        this.pricing = pricing;
        this.categories = categories;
    }

    public void select(Exchange exchange) {
        boolean full = "full".equalsIgnoreCase(exchange.getMessage().getHeader(MODE_HEADER, "changed", String.class));
        Instant since = full ? null : cursors.current(CURSOR).map(Instant::parse).orElse(null);
        Set<String> skus = new TreeSet<>();
        AtomicReference<Instant> newest = new AtomicReference<>(since);
        items.eachChangedSince(since, item -> {
            Instant modified = item.date("ModifiedDate");
            // Globe filters by whole seconds; what was already seen at the cursor (ms) is not read again.
            if (since != null && modified != null && !modified.isAfter(since)) {
                return;
            }
            skus.add(families.unitKey(item));
            if (modified != null && (newest.get() == null || modified.isAfter(newest.get()))) {
                newest.set(modified);
            }
        });
        if (full) {
            skus.addAll(leavers.linkedOutside(skus));
        }
        pricing.newRun();
        categories.newRun();
        catalogue.newRun();
        variants.newRun();
        if (linkUp.holds(skus, linkUpReport, catalogue)) {
            // the first run against a shop with products: a report only, the cursor stays unset
            exchange.setProperty(HELD, Boolean.TRUE);
            skus.clear();
            progress.start("link-up", 0);
            exchange.getMessage().setBody(new ArrayList<>(skus));
            return;
        }
        progress.start(full ? "full" : since == null ? "first" : "changed", skus.size());
        if (newest.get() != null) {
            exchange.setProperty(PENDING, cursors.propose(CURSOR, newest.get().toString()));
        }
        exchange.getMessage().setBody(new ArrayList<>(skus));
    }

    /** Every product of the batch was handled (written, unchanged or parked for replay): the cursor moves on. */
    public void finish(Exchange exchange) {
        SyncCursors.PendingCursor pending = exchange.getProperty(PENDING, SyncCursors.PendingCursor.class);
        if (pending != null) {
            pending.confirmWritten();
        }
        catalogue.endRun();
        ArticleProgress.Summary summary = progress.finish();
        String text = Boolean.TRUE.equals(exchange.getProperty(HELD, Boolean.class))
                ? "link-up: nothing written; " + linkUp.status().summary() + "; an operator confirms with POST "
                        + "/api/articles/link-up/confirm"
                : summary.text();
        activity.append(new ActivityEntry(null, ProductWriter.FLOW, "run " + summary.mode() + " " + progress.started(),
                Boolean.TRUE.equals(exchange.getProperty(HELD, Boolean.class)) ? ActivityStatus.SKIPPED : ActivityStatus.COMMITTED,
                1, progress.started(), Instant.now(), null, null, null, null, text));
        exchange.getMessage().setBody(text);
    }
}
