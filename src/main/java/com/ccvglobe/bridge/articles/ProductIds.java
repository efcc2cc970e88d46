package com.ccvglobe.bridge.articles;

import java.util.Locale;
import java.util.Optional;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.ArticleSettings;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.LookupTable;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * The CCV brand and package of a product ({@code brand_id}, {@code package_id}): the Globe item field named in
 * {@code articles.brand} / {@code articles.package} of the mapping, looked up in its table of CCV ids. A blank field
 * sets nothing (a new product then gets the shop's first package); a value without a row takes the table's
 * {@code "*"} row, and without one the product is parked with a reason naming the SKU, the field and the value.
 */
final class ProductIds {

    private ProductIds() {
    }

    static void add(DocumentBody fields, ArticleUnit unit, Mapping mapping) {
        ArticleSettings settings = mapping.articles();
        settings.brand().ifPresent(rule -> id(rule, unit, mapping, "brand")
                .ifPresent(id -> fields.byFlow("brand_id", id, rule.rule() + ": Globe " + rule.source() + " via lookups." + rule.table())));
        settings.packaging().ifPresent(rule -> id(rule, unit, mapping, "package")
                .ifPresent(id -> fields.byFlow("package_id", id, rule.rule() + ": Globe " + rule.source() + " via lookups." + rule.table())));
    }

    private static Optional<Long> id(ArticleSettings.IdLookup rule, ArticleUnit unit, Mapping mapping, String what) {
        GlobeRecord item = unit.main();
        String value = item.text(rule.source());
        if (value == null || value.isBlank() || ("package".equals(what) && "-".equals(value.trim()))) {
            return Optional.empty();
        }
        LookupTable table = mapping.lookup(rule.table()).orElseThrow();
        String key = value.trim();
        String id = table.rows().get(key.toUpperCase(Locale.ROOT));
        if (id == null) {
            id = table.otherwise().orElseThrow(() -> new BusinessException("SKU " + unit.sku(), rule.source(),
                    "SKU " + unit.sku() + ": Globe " + rule.source() + " '" + key + "' has no CCV " + what
                            + " in lookups." + rule.table() + " (add a row for it, or a \"*\" row as the default)"));
        }
        return Optional.of(Long.parseLong(id.trim()));
    }
}
