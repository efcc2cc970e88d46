package com.ccvglobe.bridge.stock;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.state.RecordLinks;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds the CCV products and attribute combinations of SKUs the state store has no link for, by reading the
 * shop's catalogue once (every product page of 250, each with its attribute combinations inlined), and records the
 * links: a product by {@code productnumber}, a combination by {@code sku_number}. Normally the articles flow links what it creates, and this is not needed.
 */
@ApplicationScoped
public class CatalogueLinks {

    /** Products per page: CCV's largest; combinations come inlined ({@code expand=attributecombinations}). */
    static final int PAGE_SIZE = 250;
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
        for (JsonNode product : products.catalogue(PAGE_SIZE)) {
            String number = product.path("productnumber").asText("").trim();
            if (!number.isEmpty() && wanted.contains(number)) {
                links.link(StockTarget.Kind.PRODUCT.linkEntity(), product.path("id").asText(), number, null);
                linked.add(number);
            }
            for (CcvAttributeCombination combination : CcvProducts.expandedCombinations(product)) {
                String sku = combination.skuNumber() == null ? null : combination.skuNumber().trim();
                if (sku != null && wanted.contains(sku)) {
                    links.link(StockTarget.Kind.COMBINATION.linkEntity(), String.valueOf(combination.id()), sku, null);
                    linked.add(sku);
                }
            }
        }
        LOG.infof("Linked %d of %d SKUs to the CCV catalogue", linked.size(), wanted.size());
        return linked;
    }
}
