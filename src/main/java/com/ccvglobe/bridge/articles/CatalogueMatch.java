package com.ccvglobe.bridge.articles;

import com.ccvglobe.bridge.ccvshop.CcvAttributeCombination;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a SKU was found in the CCV catalogue: a product by its {@code productnumber}, or an attribute combination by
 * its {@code sku_number}.
 *
 * @param product     the product as CCV sent it (for a combination: its parent product)
 * @param combination the combination, null for a product match
 */
public record CatalogueMatch(JsonNode product, CcvAttributeCombination combination) {

    public boolean isCombination() {
        return combination != null;
    }

    public long productId() {
        return product.path("id").asLong();
    }

    /** One line for reports: {@code product 12 (TS-1)} or {@code combination 40 of product 12 (TSHIRT)}. */
    public String describe() {
        String parent = "product " + productId() + " (" + product.path("productnumber").asText("") + ")";
        return combination == null ? parent : "combination " + combination.id() + " of " + parent;
    }
}
