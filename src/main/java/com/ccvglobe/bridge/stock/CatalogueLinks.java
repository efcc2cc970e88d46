package com.ccvglobe.bridge.stock;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvProduct;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * Finds the CCV products and attribute combinations of SKUs the state store has no link for, by reading the
 * shop's catalogue once (all product pages, plus the combinations of products that keep stock per variant), and
 * records the links. Normally the articles flow links what it creates, and this is not needed.
 */
@ApplicationScoped
public class CatalogueLinks {

    private static final Logger LOG = Logger.getLogger(CatalogueLinks.class);

    private final CcvProducts products;
    private final RecordLinks links;

    public CatalogueLinks(CcvProducts products, RecordLinks links) {
        this.products = products;
        this.links = links;
    }

    /** Links what it can of {@code skus}; returns the SKUs it linked. */
    public Set<String> link(Collection<String> skus) {
        Set<String> wanted = new HashSet<>(skus);
        Set<String> linked = new HashSet<>();
        for (CcvProduct product : products.all()) {
            if (product.productnumber() != null && wanted.contains(product.productnumber().trim())) {
                String sku = product.productnumber().trim();
                links.link(StockTarget.Kind.PRODUCT.linkEntity(), String.valueOf(product.id()), sku, null);
                linked.add(sku);
            }
            if ("attribute".equalsIgnoreCase(product.stocktype())) {
                for (CcvAttributeCombination combination : products.combinations(product.id())) {
                    String sku = combination.skuNumber() == null ? null : combination.skuNumber().trim();
                    if (sku != null && wanted.contains(sku)) {
                        links.link(StockTarget.Kind.COMBINATION.linkEntity(), String.valueOf(combination.id()), sku, null);
                        linked.add(sku);
                    }
                }
            }
        }
        LOG.infof("Linked %d of %d SKUs to the CCV catalogue", linked.size(), wanted.size());
        return linked;
    }
}
