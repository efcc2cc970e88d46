package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Optional;

/**
 * {@code articles:} how the articles flow shapes a CCV product beyond the field rules: the fields written only on
 * create, the CCV brand and package ids looked up from a Globe item field, the product specs (features such as
 * country of origin or delivery time) and the levels of the CCV category tree. See docs/mapping.md.
 */
public record ArticleSettings(List<String> createOnly, Optional<IdLookup> brand, Optional<IdLookup> packaging,
        List<Spec> specs, List<String> categoryTree) {

    /** The category level that stands for the item's assortment. */
    public static final String ASSORTMENT = "assortment";

    public ArticleSettings {
        createOnly = List.copyOf(createOnly);
        specs = List.copyOf(specs);
        categoryTree = List.copyOf(categoryTree);
    }

    /**
     * A CCV id from a Globe item field: the field's value looked up in {@code lookups.<table>} (rows: Globe value →
     * CCV id; the row {@code "*"} is the default for any other value).
     */
    public record IdLookup(String source, String table, String rule) {
    }

    /** One product spec: its name in the shop, the Globe item field it comes from, an optional table translating the value, an optional unit. */
    public record Spec(String name, String source, Optional<String> table, Optional<String> unit) {
    }
}
