package com.ccvglobe.bridge.articles;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The shop's catalogue by SKU, read once per run (issue 18: no per-product look-up): every product page
 * ({@code bridge.articles.catalogue.page-size}, 250) with its attribute combinations inlined, indexed by
 * {@code productnumber} and by combination {@code sku_number}. Read lazily, on the first SKU a run must look up (a
 * run whose products are all linked reads nothing); a replay or preview outside a run reuses a copy younger than
 * {@code bridge.articles.catalogue.max-age} for a SKU it holds, and reads afresh for one it does not. Products the
 * flow creates are added, so the copy stays true for the run.
 */
@ApplicationScoped
public class ShopCatalogue {

    private static final Logger LOG = Logger.getLogger(ShopCatalogue.class);

    /** A read of the catalogue: SKU → every place it was found, and how many products the shop had. */
    record Index(Instant readAt, Map<String, List<CatalogueMatch>> bySku, int products) {
    }

    private final CcvProducts products;
    private final int pageSize;
    private final Duration maxAge;
    private volatile Index index;
    private volatile boolean inRun;

    public ShopCatalogue(CcvProducts products, ArticlesConfig config) {
        this.products = products;
        this.pageSize = config.catalogue().pageSize();
        this.maxAge = config.catalogue().maxAge();
    }

    /** A new run reads the catalogue again (when it needs it). */
    public void newRun() {
        index = null;
        inRun = true;
    }

    /** The run is over: a replay or preview from now on does not trust the copy for a SKU it does not hold. */
    public void endRun() {
        inRun = false;
    }

    /**
     * Every place the SKU is in the shop: none, one, or (a duplicate) several. Outside a run (a replay, a preview), a
     * SKU the copy does not hold is looked for in a fresh read, so that a product made by hand since then is found
     * and never created twice.
     */
    public List<CatalogueMatch> find(String sku) {
        String key = sku.trim();
        Index current = index;
        boolean reuse = current != null && current.readAt().plus(maxAge).isAfter(Instant.now());
        List<CatalogueMatch> found = index().bySku().getOrDefault(key, List.of());
        if (found.isEmpty() && reuse && !inRun) {
            synchronized (this) {
                index = read();
            }
            found = index.bySku().getOrDefault(key, List.of());
        }
        return found;
    }

    /** How many products the shop has (reads the catalogue if this run has not). */
    public int productCount() {
        return index().products();
    }

    /** Every SKU found more than once, with its places. */
    public Map<String, List<CatalogueMatch>> duplicates() {
        Map<String, List<CatalogueMatch>> out = new TreeMap<>();
        index().bySku().forEach((sku, found) -> {
            if (found.size() > 1) {
                out.put(sku, found);
            }
        });
        return out;
    }

    /** Every SKU of the shop with its places (for the link-up report). */
    Map<String, List<CatalogueMatch>> all() {
        return index().bySku();
    }

    /** A product the flow just created, so that the rest of the run sees it. */
    public void created(String sku, long id) {
        Index current = index;
        if (current != null) {
            JsonNode product = JsonNodeFactory.instance.objectNode().put("id", id)
                    .put("productnumber", sku);
            current.bySku().computeIfAbsent(sku.trim(), k -> new ArrayList<>()).add(new CatalogueMatch(product, null));
        }
    }

    private Index index() {
        Index current = index;
        if (current == null || current.readAt().plus(maxAge).isBefore(Instant.now())) {
            synchronized (this) {
                current = index;
                if (current == null || current.readAt().plus(maxAge).isBefore(Instant.now())) {
                    current = read();
                    index = current;
                }
            }
        }
        return current;
    }

    private Index read() {
        Instant started = Instant.now();
        List<JsonNode> all = products.catalogue(pageSize);
        Map<String, List<CatalogueMatch>> bySku = new HashMap<>();
        int combinations = 0;
        for (JsonNode product : all) {
            add(bySku, product.path("productnumber").asText(null), new CatalogueMatch(product, null));
            for (CcvAttributeCombination combination : CcvProducts.expandedCombinations(product)) {
                add(bySku, combination.skuNumber(), new CatalogueMatch(product, combination));
                combinations++;
            }
        }
        LOG.infof("Read the CCV catalogue: %d products, %d attribute combinations, %d SKUs (%d ms)", all.size(),
                combinations, bySku.size(), Duration.between(started, Instant.now()).toMillis());
        return new Index(Instant.now(), new ConcurrentHashMap<>(bySku), all.size());
    }

    private static void add(Map<String, List<CatalogueMatch>> bySku, String sku, CatalogueMatch match) {
        if (sku != null && !sku.isBlank()) {
            bySku.computeIfAbsent(sku.trim(), k -> new ArrayList<>()).add(match);
        }
    }
}
