package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvNotFoundException;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * A plain Globe item that the shop sells as an attribute combination of a hand-built variant product (its
 * {@code sku_number} is the item code): the combination is linked (entity {@code combination}, so the stock flow
 * writes its stock there) and updated — {@code ean_number} and {@code active}, only what differs — and the item never
 * becomes a product of its own. Later runs send only what changed since the last write (last-sent
 * {@code combination:<SKU>}).
 */
@ApplicationScoped
public class CombinationWriter {

    static final String KEY = ArticleVariants.COMBINATION + ":";
    private static final Logger LOG = Logger.getLogger(CombinationWriter.class);

    /** What was done: the combination's id and the fields sent (empty: nothing differed). */
    public record Outcome(long combinationId, List<String> sent) {
    }

    private final CcvProducts products;
    private final RecordLinks links;
    private final LastSentValues lastSent;

    public CombinationWriter(CcvProducts products, RecordLinks links, LastSentValues lastSent) {
        this.products = products;
        this.links = links;
        this.lastSent = lastSent;
    }

    /** The combination this SKU is linked to, if any. */
    public Optional<Long> linked(String sku) {
        return links.byGlobeKey(ArticleVariants.COMBINATION, sku).map(l -> Long.parseLong(l.ccvId()));
    }

    /** Updates the linked combination with what changed since the last write; empty when CCV no longer has it. */
    public Optional<Outcome> updateLinked(String sku, long combinationId, ArticleUnit unit) {
        Map<String, Object> desired = desired(sku, unit);
        Map<String, String> last = FieldHashes.read(lastSent.get(ProductWriter.FLOW, KEY + sku).orElse(null));
        Map<String, Object> changes = new LinkedHashMap<>();
        desired.forEach((field, value) -> {
            if (!FieldHashes.hash(value).equals(last.get(field))) {
                changes.put(field, value);
            }
        });
        try {
            send(combinationId, changes);
        } catch (CcvNotFoundException gone) {
            LOG.warnf("CCV combination %d of SKU %s is gone; looking the SKU up again", combinationId, sku);
            links.unlink(ArticleVariants.COMBINATION, Long.toString(combinationId));
            return Optional.empty();
        }
        lastSent.recordSent(ProductWriter.FLOW, KEY + sku, FieldHashes.write(FieldHashes.of(desired)));
        return Optional.of(new Outcome(combinationId, new ArrayList<>(changes.keySet())));
    }

    /** Links a combination found in the catalogue and sends what differs from what CCV holds. */
    public Outcome link(String sku, CatalogueMatch found, ArticleUnit unit) {
        CcvAttributeCombination combination = found.combination();
        Map<String, Object> desired = desired(sku, unit);
        Map<String, Object> changes = plan(desired, combination);
        send(combination.id(), changes);
        links.link(ArticleVariants.COMBINATION, Long.toString(combination.id()), sku, null);
        lastSent.recordSent(ProductWriter.FLOW, KEY + sku, FieldHashes.write(FieldHashes.of(desired)));
        return new Outcome(combination.id(), new ArrayList<>(changes.keySet()));
    }

    /** The fields {@link #link} would send: those whose value differs from what CCV holds. Reads nothing. */
    public Map<String, Object> plan(String sku, ArticleUnit unit, CcvAttributeCombination combination) {
        return plan(desired(sku, unit), combination);
    }

    private static Map<String, Object> plan(Map<String, Object> desired, CcvAttributeCombination combination) {
        Map<String, Object> changes = new LinkedHashMap<>();
        Object ean = desired.get("ean_number");
        if (ean != null && !ean.equals(blankToNull(combination.eanNumber()))) {
            changes.put("ean_number", ean);
        }
        if (!desired.get("active").equals(combination.active())) {
            changes.put("active", desired.get("active"));
        }
        return changes;
    }

    /** EAN ({@code GTIN}, checked) when Globe has one, and active (condition A). */
    private static Map<String, Object> desired(String sku, ArticleUnit unit) {
        Map<String, Object> desired = new LinkedHashMap<>();
        String ean = blankToNull(unit.main().text("GTIN"));
        if (ean != null) {
            ArticleChecks.checkEan(sku, "GTIN", ean);
            desired.put("ean_number", ean);
        }
        desired.put("active", ProductFields.active(unit.main()));
        return desired;
    }

    private void send(long combinationId, Map<String, Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        products.updateCombination(combinationId, new CcvAttributeCombination.Update(null, null,
                (String) changes.get("ean_number"), null, (Boolean) changes.get("active")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
