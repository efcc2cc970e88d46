package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvNotFoundException;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates or updates one CCV product by SKU. The product is found through the link SKU ↔ CCV id, else looked up by
 * {@code productnumber} (never a blind POST), else created with every mapped field. An update sends only the fields
 * whose value differs from what was last written (or, for a product the bridge finds for the first time, from what
 * CCV holds), and never a create-only field.
 */
@ApplicationScoped
public class ProductWriter {

    static final String FLOW = "articles";
    static final String PRODUCT = "product";
    private static final Logger LOG = Logger.getLogger(ProductWriter.class);

    /** What happened to the product: its CCV id ({@code null} when nothing exists and nothing was made). */
    public record Outcome(Long productId, boolean created, List<String> sent) {
    }

    private final CcvProducts products;
    private final CcvShopInfo shop;
    private final RecordLinks links;
    private final LastSentValues lastSent;
    private volatile Long packageId;

    public ProductWriter(CcvProducts products, CcvShopInfo shop, RecordLinks links, LastSentValues lastSent) {
        this.products = products;
        this.shop = shop;
        this.links = links;
        this.lastSent = lastSent;
    }

    public Outcome write(String sku, Map<String, Object> desired, List<String> createOnly) {
        Optional<Long> linked = links.byGlobeKey(PRODUCT, sku).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isPresent()) {
            Map<String, String> last = FieldHashes.read(lastSent.get(FLOW, key(sku)).orElse(null));
            Map<String, Object> changes = new LinkedHashMap<>();
            desired.forEach((field, value) -> {
                if (!createOnly.contains(field) && !FieldHashes.hash(value).equals(last.get(field))) {
                    changes.put(field, value);
                }
            });
            try {
                return patch(sku, linked.get(), desired, changes);
            } catch (CcvNotFoundException gone) {
                LOG.warnf("CCV product %d of SKU %s is gone; looking it up again", linked.get(), sku);
                links.unlink(PRODUCT, String.valueOf(linked.get()));
            }
        }
        Optional<JsonNode> existing = products.findFieldsByProductnumber(sku);
        if (existing.isPresent()) {
            long id = existing.get().path("id").asLong();
            links.link(PRODUCT, String.valueOf(id), sku, null);
            Map<String, Object> changes = new LinkedHashMap<>();
            desired.forEach((field, value) -> {
                JsonNode current = existing.get().path("active".equals(field) ? "is_active" : field);
                if (!createOnly.contains(field) && !FieldHashes.normalise(value).equals(FieldHashes.normalise(current))) {
                    changes.put(field, value);
                }
            });
            return patch(sku, id, desired, changes);
        }
        if (!Boolean.TRUE.equals(desired.get("active"))) {
            return new Outcome(null, false, List.of());
        }
        Map<String, Object> body = new LinkedHashMap<>(desired);
        body.putIfAbsent("discount", 0);
        body.put("package_id", packageId());
        long id = products.create(body);
        links.link(PRODUCT, String.valueOf(id), sku, null);
        lastSent.recordSent(FLOW, key(sku), FieldHashes.write(FieldHashes.of(desired)));
        return new Outcome(id, true, new ArrayList<>(desired.keySet()));
    }

    private Outcome patch(String sku, long id, Map<String, Object> desired, Map<String, Object> changes) {
        if (!changes.isEmpty()) {
            products.update(id, changes);
        }
        lastSent.recordSent(FLOW, key(sku), FieldHashes.write(FieldHashes.of(desired)));
        return new Outcome(id, false, new ArrayList<>(changes.keySet()));
    }

    /** New products go in the shop's first package (CCV requires one on create). */
    private long packageId() {
        Long known = packageId;
        if (known == null) {
            known = shop.packages().stream().findFirst().map(p -> p.id()).orElseThrow(() -> new CcvNotFoundException(
                    "CCV /packages", 200, null, null, "The shop has no package; CCV needs one to create a product"));
            packageId = known;
        }
        return known;
    }

    static String key(String sku) {
        return PRODUCT + ":" + sku;
    }
}
