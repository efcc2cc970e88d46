package com.ccvglobe.bridge.mapping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code articles:} of the mapping: create-only fields (CCV product fields), {@code brand} and {@code package}
 * (a Globe Item field and a lookup table whose answers are CCV ids), {@code specs} (name, Globe Item field, optional
 * table and unit) and {@code category-tree} (levels: {@code assortment} or a Globe Item field). Every field name,
 * table and id is checked at load time.
 */
final class ArticleSettingsReader {

    private static final FieldTarget ITEM = FieldTarget.globe("Item");

    private final FieldCatalogue catalogue;
    private final Map<String, LookupTable> lookups;

    ArticleSettingsReader(FieldCatalogue catalogue, Map<String, LookupTable> lookups) {
        this.catalogue = catalogue;
        this.lookups = lookups;
    }

    ArticleSettings read(Section articles) {
        articles.allowOnly("create-only", "brand", "package", "specs", "category-tree");
        List<String> createOnly = new ArrayList<>();
        for (Section item : articles.child("create-only").items()) {
            catalogue.check(FieldTarget.ccv("products"), item.text(), item);
            createOnly.add(item.text());
        }
        return new ArticleSettings(createOnly, idLookup(articles.child("brand"), "brand"),
                idLookup(articles.child("package"), "package"), specs(articles.child("specs")),
                categoryTree(articles.child("category-tree")));
    }

    private Optional<ArticleSettings.IdLookup> idLookup(Section section, String what) {
        if (!section.present()) {
            return Optional.empty();
        }
        section.allowOnly("source", "table");
        String source = itemField(section.child("source"));
        Section tableAt = section.child("table");
        LookupTable table = table(tableAt);
        table.rows().forEach((value, id) -> ccvId(id, tableAt, "row '" + value + "' of lookups." + table.name(), what));
        table.otherwise().ifPresent(id -> ccvId(id, tableAt, "row \"*\" of lookups." + table.name(), what));
        return Optional.of(new ArticleSettings.IdLookup(source, table.name(), section.path()));
    }

    private List<ArticleSettings.Spec> specs(Section section) {
        List<ArticleSettings.Spec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Section row : section.items()) {
            row.allowOnly("name", "source", "table", "unit");
            Section nameAt = row.child("name");
            String name = nameAt.present() ? nameAt.text().trim() : "";
            if (name.isEmpty() || name.length() > 100) {
                throw nameAt.error("is required: the spec's name as the shop shows it (at most 100 characters)");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw nameAt.error("the spec '" + name + "' is listed twice");
            }
            Optional<String> table = row.child("table").present() ? Optional.of(table(row.child("table")).name())
                    : Optional.empty();
            specs.add(new ArticleSettings.Spec(name, itemField(row.child("source")), table,
                    row.optionalText("unit").filter(u -> !u.isBlank())));
        }
        return specs;
    }

    private List<String> categoryTree(Section section) {
        List<String> levels = new ArrayList<>();
        if (!section.present()) {
            return List.of(ArticleSettings.ASSORTMENT);
        }
        for (Section level : section.items()) {
            String text = level.text().trim();
            if (!ArticleSettings.ASSORTMENT.equals(text)) {
                itemField(level);
            }
            if (levels.contains(text)) {
                throw level.error("'" + text + "' is already a level of the tree");
            }
            levels.add(text);
        }
        if (levels.isEmpty()) {
            throw section.error("needs at least one level: assortment or a Globe Item field such as Class01Code");
        }
        return levels;
    }

    private String itemField(Section at) {
        if (!at.present() || at.text().isBlank()) {
            throw at.error("is required: a Globe Item field, e.g. TextFreeField5");
        }
        String field = at.text().trim();
        catalogue.check(ITEM, field, at);
        return field;
    }

    private LookupTable table(Section at) {
        if (!at.present() || at.text().isBlank()) {
            throw at.error("is required: the name of a table under lookups");
        }
        LookupTable table = lookups.get(at.text().trim());
        if (table == null) {
            throw at.error("there is no table '" + at.text().trim() + "' under lookups"
                    + Suggestions.hint(at.text().trim(), lookups.keySet()));
        }
        return table;
    }

    private static void ccvId(String id, Section at, String where, String what) {
        if (!id.trim().matches("[1-9]\\d{0,18}")) {
            throw at.error(where + " must be a CCV " + what + " id (a whole number), not '" + id + "'");
        }
    }
}
