package com.ccvglobe.bridge.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeStockReader;
import com.ccvglobe.bridge.exactglobe.StockLevel;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.mapping.StockSettings;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * Reads Globe stock as a stream (rows ordered by item), calculates each item's quantity with the mapping, and
 * compares chunk by chunk with what was last sent: only the changes are kept, so memory grows with the number of
 * changes, not with the number of SKUs. SKUs without a CCV product are reported (and, at most once per
 * {@code bridge.stock.relink-interval}, looked up in the shop's catalogue).
 */
@ApplicationScoped
@Named("stockPlanner")
public class StockPlanner {

    static final String FLOW = "stock";
    static final String RUN_PROPERTY = "stockRun";
    private static final String RELINK_CURSOR = "stock.catalogue-read-at";
    private static final Logger LOG = Logger.getLogger(StockPlanner.class);

    private final GlobeStockReader reader;
    private final MappingRegistry mapping;
    private final RecordLinks links;
    private final LastSentValues lastSent;
    private final SyncCursors cursors;
    private final CatalogueLinks catalogue;
    private final StockConfig config;
    private final StockProgress progress;
    private final ItemAssortments assortments;

    public StockPlanner(GlobeStockReader reader, MappingRegistry mapping, RecordLinks links, LastSentValues lastSent,
            SyncCursors cursors, CatalogueLinks catalogue, StockConfig config, StockProgress progress,
            ItemAssortments assortments) {
        this.reader = reader;
        this.mapping = mapping;
        this.links = links;
        this.lastSent = lastSent;
        this.cursors = cursors;
        this.catalogue = catalogue;
        this.config = config;
        this.progress = progress;
        this.assortments = assortments;
    }

    /** The changes to send now and the run's figures (the route keeps them in exchange property {@code stockRun}). */
    public StockPlan plan() {
        StockSettings settings = mapping.current().stock();
        Map<String, String> itemAssortments = settings.safetyBufferByAssortment().isEmpty() ? Map.of() : assortments.byItem();
        Comparison comparison = new Comparison(settings, itemAssortments);
        int rows = reader.read(comparison::accept);
        comparison.finish();

        List<String> unlinked = comparison.unlinked;
        if (!unlinked.isEmpty() && relinkDue()) {
            catalogue.link(unlinked);
            cursors.propose(RELINK_CURSOR, Instant.now().toString()).confirmWritten();
            Comparison again = new Comparison(settings, itemAssortments);
            comparison.unlinkedQuantities.forEach(again::compareItem);
            again.flushChunk();
            comparison.changes.addAll(again.changes);
            unlinked = again.unlinked;
        }
        StockRun run = new StockRun(rows, comparison.items, comparison.changes.size(), unlinked.size(),
                unlinked.subList(0, Math.min(10, unlinked.size())));
        progress.started(run);
        if (!unlinked.isEmpty()) {
            LOG.warnf("%d SKU(s) have no CCV product and are skipped: %s", unlinked.size(), run.unlinkedSample());
        }
        return new StockPlan(run, comparison.changes);
    }

    private boolean relinkDue() {
        return cursors.current(RELINK_CURSOR).map(Instant::parse)
                .map(at -> at.plus(config.relinkInterval()).isBefore(Instant.now())).orElse(true);
    }

    /** One pass over the stock rows: groups them per item, and compares a chunk of items at a time. */
    private final class Comparison {
        private final StockSettings settings;
        private final Map<String, String> itemAssortments;
        private final List<StockChange> changes = new ArrayList<>();
        private final List<String> unlinked = new ArrayList<>();
        private final Map<String, BigDecimal> unlinkedQuantities = new LinkedHashMap<>();
        private final Map<String, BigDecimal> chunk = new LinkedHashMap<>();
        private final List<StockLevel> itemRows = new ArrayList<>();
        private int items;

        Comparison(StockSettings settings, Map<String, String> itemAssortments) {
            this.settings = settings;
            this.itemAssortments = itemAssortments;
        }

        void accept(StockLevel level) {
            if (!itemRows.isEmpty() && !itemRows.get(0).itemCode().equals(level.itemCode())) {
                flushItem();
            }
            itemRows.add(level);
        }

        void finish() {
            flushItem();
            flushChunk();
        }

        private void flushItem() {
            if (itemRows.isEmpty()) {
                return;
            }
            items++;
            String sku = itemRows.get(0).itemCode();
            compareItem(sku, StockCalculation.quantity(itemRows, settings, itemAssortments.get(sku)));
            itemRows.clear();
        }

        void compareItem(String sku, BigDecimal quantity) {
            chunk.merge(sku, quantity, BigDecimal::add);
            if (chunk.size() >= config.chunkSize()) {
                flushChunk();
            }
        }

        void flushChunk() {
            if (chunk.isEmpty()) {
                return;
            }
            Map<String, RecordLink> combinations = links.byGlobeKeys(StockTarget.Kind.COMBINATION.linkEntity(), chunk.keySet());
            Map<String, RecordLink> products = links.byGlobeKeys(StockTarget.Kind.PRODUCT.linkEntity(), chunk.keySet());
            Map<String, String> sent = lastSent.get(FLOW, chunk.keySet());
            chunk.forEach((sku, quantity) -> {
                StockTarget target = target(combinations.get(sku), products.get(sku));
                String previous = sent.get(sku);
                if (target == null) {
                    unlinked.add(sku);
                    unlinkedQuantities.put(sku, quantity);
                } else if (previous == null || new BigDecimal(previous).compareTo(quantity) != 0) {
                    changes.add(new StockChange(sku, target, quantity, previous));
                }
            });
            chunk.clear();
        }

        private StockTarget target(RecordLink combination, RecordLink product) {
            if (combination != null) {
                return new StockTarget(StockTarget.Kind.COMBINATION, Long.parseLong(combination.ccvId()));
            }
            return product == null ? null : new StockTarget(StockTarget.Kind.PRODUCT, Long.parseLong(product.ccvId()));
        }
    }
}
