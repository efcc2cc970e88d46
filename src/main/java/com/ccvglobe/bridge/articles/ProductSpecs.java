package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.ArticleSettings;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.LookupTable;
import com.ccvglobe.bridge.mapping.Mapping;

/**
 * The product's specs (features such as country of origin or delivery time): one per row of {@code articles.specs}
 * in the mapping, its value from a Globe item field (translated by the row's table when it has a row for it, with
 * the row's unit after it), written to the CCV product field {@code specs} as an HTML table or as
 * {@code Name: value} lines ({@code bridge.articles.specs.format}). A spec whose field is blank is left out. The
 * field takes part in the writer's compare like any other, so it is sent only when a spec value changed.
 */
@ApplicationScoped
public class ProductSpecs {

    static final String FIELD = "specs";

    private final boolean table;

    public ProductSpecs(ArticlesConfig config) {
        this.table = "table".equals(config.specs().format().trim().toLowerCase(Locale.ROOT));
    }

    void add(DocumentBody fields, GlobeRecord item, Mapping mapping) {
        if (mapping.articles().specs().isEmpty()) {
            return;
        }
        Map<String, String> values = values(item, mapping);
        fields.byFlow(FIELD, table ? asTable(values) : asLines(values), "articles.specs of the mapping ("
                + values.size() + " of " + mapping.articles().specs().size() + " specs have a value), "
                + (table ? "as an HTML table" : "as lines") + " (bridge.articles.specs.format)");
    }

    /** Spec name → shown value, in the mapping's order; blank values left out. */
    static Map<String, String> values(GlobeRecord item, Mapping mapping) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ArticleSettings.Spec spec : mapping.articles().specs()) {
            String raw = raw(item, spec.source());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String shown = raw.trim();
            LookupTable names = spec.table().flatMap(mapping::lookup).orElse(null);
            if (names != null) {
                String row = names.rows().get(shown.toUpperCase(Locale.ROOT));
                shown = row != null ? row : names.otherwise().orElse(shown);
            }
            values.put(spec.name(), shown + spec.unit().map(u -> " " + u.trim()).orElse(""));
        }
        return values;
    }

    private static String raw(GlobeRecord item, String field) {
        Object value = item.values().get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        if (text.startsWith("/Date(")) {
            return item.date(field).atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return text;
    }

    static String asTable(Map<String, String> values) {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<table class=\"specs\">");
        values.forEach((name, value) -> html.append("<tr><th>").append(escape(name)).append("</th><td>")
                .append(escape(value)).append("</td></tr>"));
        return html.append("</table>").toString();
    }

    static String asLines(Map<String, String> values) {
        StringBuilder lines = new StringBuilder();
        values.forEach((name, value) -> lines.append(lines.length() == 0 ? "" : "\n").append(name).append(": ").append(value));
        return lines.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
