package com.ccvglobe.bridge.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;

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
    /** The exchange property the route keeps the run's {@link ArticleBatch} in, for {@link #finish}. */
    static final String BATCH = "articlesBatch";

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

    /** The products of this run (header {@value #MODE_HEADER}: {@code changed} or {@code full}). */
    public ArticleBatch select(@Header(MODE_HEADER) String mode) {
        boolean full = "full".equalsIgnoreCase(mode);
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
            progress.start("link-up", 0);
            return new ArticleBatch(List.of(), null, true);
        }
        progress.start(full ? "full" : since == null ? "first" : "changed", skus.size());
        SyncCursors.PendingCursor pending = newest.get() == null ? null : cursors.propose(CURSOR, newest.get().toString());
        return new ArticleBatch(new ArrayList<>(skus), pending, false);
    }

    /** Every product of the batch was handled (written, unchanged or parked for replay): the cursor moves on. */
    public String finish(@ExchangeProperty(BATCH) ArticleBatch batch) {
        if (batch.pending() != null) {
            batch.pending().confirmWritten();
        }
        catalogue.endRun();
        ArticleProgress.Summary summary = progress.finish();
        String text = batch.held()
                ? "link-up: nothing written; " + linkUp.status().summary() + "; an operator confirms with POST "
                        + "/api/articles/link-up/confirm"
                : summary.text();
        activity.append(new ActivityEntry(null, ProductWriter.FLOW, "run " + summary.mode() + " " + progress.started(),
                batch.held() ? ActivityStatus.SKIPPED : ActivityStatus.COMMITTED,
                1, progress.started(), Instant.now(), null, null, null, null, text));
        return text;
    }
}
