package com.ccvglobe.bridge.articles;

import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;

/**
 * What becomes one CCV product: the product number (a Globe item code, or a variant family's code), the Globe item
 * whose fields the product takes ({@code main}), and the family's variants (empty for a plain item).
 */
public record ArticleUnit(String sku, GlobeRecord main, List<Variant> variants) {

    public ArticleUnit {
        variants = List.copyOf(variants);
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    /** A Globe item of a family and its CCV option values in order (option set name → value name). */
    public record Variant(GlobeRecord item, Map<String, String> options) {

        public String sku() {
            return item.text("ItemCode");
        }
    }
}
