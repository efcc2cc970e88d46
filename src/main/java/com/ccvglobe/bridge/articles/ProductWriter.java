package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvNotFoundException;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates or updates one CCV product by SKU. The product is found through the link SKU ↔ CCV id, else by
 * {@code productnumber} in the catalogue the run read once ({@link ShopCatalogue}; never a blind POST), else created with every mapped field. An update sends only the fields
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
    private final ShopCatalogue catalogue;
    private volatile Long packageId;

    public ProductWriter(CcvProducts products, CcvShopInfo shop, RecordLinks links, LastSentValues lastSent,
            ShopCatalogue catalogue) {
        this.catalogue = catalogue;
        this.products = products;
        this.shop = shop;
        this.links = links;
        this.lastSent = lastSent;
    }

    /**
     * What {@link #write} would do, without writing: the product it would update (with only the changed fields) or
     * the body it would create. Reads the link table, the last-sent hashes and CCV; changes nothing.
     */
    public record Plan(Long productId, String action, String how, DocumentBody body, List<String> createOnlyLeftOut) {
    }

    public Outcome write(String sku, DocumentBody desired, List<String> createOnly) {
        Optional<Long> linked = links.byGlobeKey(PRODUCT, sku).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isPresent()) {
            try {
                return patch(sku, linked.get(), desired, changedSinceSent(sku, desired, createOnly));
            } catch (CcvNotFoundException gone) {
                LOG.warnf("CCV product %d of SKU %s is gone; looking it up again", linked.get(), sku);
                links.unlink(PRODUCT, String.valueOf(linked.get()));
            }
        }
        Optional<JsonNode> existing = inCatalogue(sku);
        if (existing.isPresent()) {
            long id = existing.get().path("id").asLong();
            links.link(PRODUCT, String.valueOf(id), sku, null);
            return patch(sku, id, desired, changedAgainst(existing.get(), desired, createOnly));
        }
        if (!Boolean.TRUE.equals(desired.get("active"))) {
            return new Outcome(null, false, List.of());
        }
        long id = products.create(createBody(desired).values());
        links.link(PRODUCT, String.valueOf(id), sku, null);
        catalogue.created(sku, id);
        lastSent.recordSent(FLOW, key(sku), FieldHashes.write(FieldHashes.of(desired.values())));
        return new Outcome(id, true, new ArrayList<>(desired.values().keySet()));
    }

    /**
     * Deactivates the linked product of an item that left the selection (never deletes it): one PATCH with
     * {@code active: false}, none when it was last written inactive. Returns the product id when it was patched.
     */
    public Optional<Long> deactivate(String sku) {
        Optional<Long> linked = toDeactivate(sku);
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> last = FieldHashes.read(lastSent.get(FLOW, key(sku)).orElse(null));
        String inactive = FieldHashes.hash(Boolean.FALSE);
        try {
            products.update(linked.get(), Map.of("active", false));
        } catch (CcvNotFoundException gone) {
            links.unlink(PRODUCT, String.valueOf(linked.get()));
            return Optional.empty();
        }
        last.put("active", inactive);
        lastSent.recordSent(FLOW, key(sku), FieldHashes.write(last));
        return linked;
    }

    /** The linked product {@link #deactivate} would patch: linked, and not last written inactive. Reads only. */
    public Optional<Long> toDeactivate(String sku) {
        Optional<Long> linked = links.byGlobeKey(PRODUCT, sku).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> last = FieldHashes.read(lastSent.get(FLOW, key(sku)).orElse(null));
        return FieldHashes.hash(Boolean.FALSE).equals(last.get("active")) ? Optional.empty() : linked;
    }

    public Plan plan(String sku, DocumentBody desired, List<String> createOnly) {
        List<String> leftOut = createOnly.stream().filter(f -> desired.get(f) != null).toList();
        Optional<Long> linked = links.byGlobeKey(PRODUCT, sku).map(l -> Long.parseLong(l.ccvId()));
        if (linked.isPresent()) {
            return new Plan(linked.get(), "update", "linked to CCV product " + linked.get()
                    + "; only the fields changed since they were last sent", changedSinceSent(sku, desired, createOnly), leftOut);
        }
        Optional<JsonNode> existing = inCatalogue(sku);
        if (existing.isPresent()) {
            long id = existing.get().path("id").asLong();
            return new Plan(id, "update", "found in the CCV catalogue by productnumber; only the fields that differ from CCV",
                    changedAgainst(existing.get(), desired, createOnly), leftOut);
        }
        if (!Boolean.TRUE.equals(desired.get("active"))) {
            return new Plan(null, "none", "inactive in Globe and not in CCV: not created", new DocumentBody(), List.of());
        }
        return new Plan(null, "create", "not in CCV: created with every mapped field", createBody(desired), List.of());
    }

    /** The shop's product with this productnumber, from the catalogue read once per run (never a per-SKU GET). */
    private Optional<JsonNode> inCatalogue(String sku) {
        return catalogue.find(sku).stream().filter(m -> !m.isCombination()).map(CatalogueMatch::product).findFirst();
    }

    /** The fields whose value differs from what was last written, create-only fields left out. */
    private DocumentBody changedSinceSent(String sku, DocumentBody desired, List<String> createOnly) {
        Map<String, String> last = FieldHashes.read(lastSent.get(FLOW, key(sku)).orElse(null));
        DocumentBody changes = new DocumentBody();
        desired.values().forEach((field, value) -> {
            if (!createOnly.contains(field) && !FieldHashes.hash(value).equals(last.get(field))) {
                changes.put(field, value, desired.source(field));
            }
        });
        return changes;
    }

    /** The fields whose value differs from what CCV holds, create-only fields left out. */
    private static DocumentBody changedAgainst(JsonNode existing, DocumentBody desired, List<String> createOnly) {
        DocumentBody changes = new DocumentBody();
        desired.values().forEach((field, value) -> {
            JsonNode current = current(existing, field);
            if (!createOnly.contains(field) && !FieldHashes.normalise(value).equals(FieldHashes.normalise(current))) {
                changes.put(field, value, desired.source(field));
            }
        });
        return changes;
    }

    /** How CCV shows a field it takes: {@code active} as {@code is_active}, {@code brand_id} as {@code brand.id}, ... */
    private static JsonNode current(JsonNode existing, String field) {
        return switch (field) {
            case "active" -> existing.path("is_active");
            case "brand_id" -> existing.path("brand").path("id");
            case "package_id" -> existing.path("package").path("id");
            default -> existing.path(field);
        };
    }

    /** The POST body of a new product: every mapped field, a discount and (unless mapped) the shop's first package. */
    private DocumentBody createBody(DocumentBody desired) {
        DocumentBody body = new DocumentBody().putAll(desired);
        body.byFlowIfAbsent("discount", 0, "CCV needs a discount on create");
        if (desired.get("package_id") == null) {
            body.byFlow("package_id", packageId(), "the shop's first package (CCV needs one on create)");
        }
        return body;
    }

    private Outcome patch(String sku, long id, DocumentBody desired, DocumentBody changes) {
        if (!changes.values().isEmpty()) {
            products.update(id, changes.values());
        }
        lastSent.recordSent(FLOW, key(sku), FieldHashes.write(FieldHashes.of(desired.values())));
        return new Outcome(id, false, new ArrayList<>(changes.values().keySet()));
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
