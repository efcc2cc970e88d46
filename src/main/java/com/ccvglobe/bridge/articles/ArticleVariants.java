package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvAttribute;
import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvCatalog;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * A variant family on its CCV product: the option sets and values the family uses (created when missing), attached
 * to the product (CCV then generates the attribute combinations), and each variant's combination carrying its SKU
 * and EAN and active flag. Combinations no Globe variant stands for are deactivated. Nothing is called when no
 * variant changed since the last run.
 */
@ApplicationScoped
public class ArticleVariants {

    static final String COMBINATION = "combination";
    static final String OPTION_TYPE = "option_menu_required";

    private final CcvCatalog catalog;
    private final CcvProducts products;
    private final RecordLinks links;
    private final LastSentValues lastSent;
    private List<CcvAttribute> attributes;
    private final Map<Long, List<CcvAttribute.Value>> values = new java.util.concurrent.ConcurrentHashMap<>();

    public ArticleVariants(CcvCatalog catalog, CcvProducts products, RecordLinks links, LastSentValues lastSent) {
        this.catalog = catalog;
        this.products = products;
        this.links = links;
        this.lastSent = lastSent;
    }

    /** A new run reads the shop's option sets and values again (once, when a family needs them). */
    public void newRun() {
        attributes = null;
        values.clear();
    }

    /** Returns how many combinations were written. A product created moments ago has no option values: not read. */
    public int sync(long productId, boolean created, ArticleUnit unit) {
        if (!unit.hasVariants()) {
            return 0;
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ArticleUnit.Variant v : unit.variants()) {
            if (v.options().isEmpty()) {
                throw new BusinessException("SKU " + v.sku(), "ItemCode", "variant " + v.sku() + " of family " + unit.sku()
                        + " has no option values (check bridge.articles.family.attributes)");
            }
            String ean = v.item().text("GTIN");
            if (ean != null && !ean.isBlank()) {
                ArticleChecks.checkEan(v.sku(), "GTIN", ean);
            }
            hashes.put(v.sku(), FieldHashes.hash(productId + "|" + v.options() + "|" + ean + "|" + ProductFields.active(v.item())));
        }
        String familyKey = COMBINATION + "s:" + unit.sku();
        String all = FieldHashes.write(hashes);
        if (all.equals(lastSent.get(ProductWriter.FLOW, familyKey).orElse(null))) {
            return 0;
        }
        attachOptions(productId, created, unit);
        int written = writeCombinations(productId, unit);
        lastSent.recordSent(ProductWriter.FLOW, familyKey, all);
        return written;
    }

    private void attachOptions(long productId, boolean created, ArticleUnit unit) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        unit.variants().forEach(v -> v.options().forEach((o, value) -> wanted.computeIfAbsent(o, k -> new java.util.LinkedHashSet<>()).add(value)));
        Set<Long> attached = created ? new java.util.HashSet<>() : catalog.productAttributeValues(productId).stream()
                .map(CcvAttribute.ProductValue::optionvalueId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (Map.Entry<String, Set<String>> option : wanted.entrySet()) {
            CcvAttribute attribute = attribute(option.getKey());
            List<CcvAttribute.Value> known = values.computeIfAbsent(attribute.id(),
                    id -> new java.util.concurrent.CopyOnWriteArrayList<>(catalog.attributeValues(id)));
            for (String name : option.getValue()) {
                CcvAttribute.Value value = known.stream().filter(v -> name.equalsIgnoreCase(v.name())).findFirst()
                        .orElseGet(() -> {
                            CcvAttribute.Value made = catalog.createAttributeValue(attribute.id(), name, BigDecimal.ZERO);
                            known.add(made);
                            return made;
                        });
                if (!attached.contains(value.id())) {
                    catalog.addProductAttributeValue(productId, new CcvAttribute.ProductValueInput(value.id(), BigDecimal.ZERO, null, null));
                    attached.add(value.id());
                }
            }
        }
    }

    /** The option set with this name: read once per run, created when missing. */
    private synchronized CcvAttribute attribute(String name) {
        if (attributes == null) {
            attributes = new java.util.ArrayList<>(catalog.attributes());
        }
        return attributes.stream().filter(a -> name.equalsIgnoreCase(a.name())).findFirst().orElseGet(() -> {
            CcvAttribute made = catalog.createAttribute(name, OPTION_TYPE);
            attributes.add(made);
            return made;
        });
    }

    private int writeCombinations(long productId, ArticleUnit unit) {
        Map<Map<String, String>, ArticleUnit.Variant> byOptions = new HashMap<>();
        unit.variants().forEach(v -> byOptions.put(lower(v.options()), v));
        int written = 0;
        for (CcvAttributeCombination combination : products.combinations(productId)) {
            Map<String, String> options = new HashMap<>();
            if (combination.combination() != null) {
                combination.combination().forEach(p -> options.put(p.attribute().name(), p.attributeValue().name()));
            }
            ArticleUnit.Variant variant = byOptions.get(lower(options));
            CcvAttributeCombination.Update update;
            if (variant == null) {
                update = Boolean.FALSE.equals(combination.active()) ? null
                        : new CcvAttributeCombination.Update(null, null, null, null, false);
            } else {
                String ean = blankToNull(variant.item().text("GTIN"));
                boolean active = ProductFields.active(variant.item());
                boolean same = variant.sku().equals(combination.skuNumber()) && variant.sku().equals(combination.productNumber())
                        && (ean == null || ean.equals(combination.eanNumber())) && Boolean.valueOf(active).equals(combination.active());
                update = same ? null : new CcvAttributeCombination.Update(null, variant.sku(), ean, variant.sku(), active);
                links.link(COMBINATION, Long.toString(combination.id()), variant.sku(), null);
            }
            if (update != null) {
                products.updateCombination(combination.id(), update);
                written++;
            }
        }
        return written;
    }

    private static Map<String, String> lower(Map<String, String> options) {
        Map<String, String> out = new HashMap<>();
        options.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT)));
        return out;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
