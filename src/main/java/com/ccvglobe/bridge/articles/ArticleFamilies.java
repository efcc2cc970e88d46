package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.LookupTable;
import com.ccvglobe.bridge.mapping.Mapping;

/**
 * The family rule ({@code bridge.articles.family.*}): which Globe items are variants of one CCV product, the
 * family's code, and each variant's option values (translated by the mapping table {@code attribute-values}).
 */
@ApplicationScoped
public class ArticleFamilies {

    /** One CCV option set and where its value comes from. */
    public record Option(String name, String source) {
    }

    private final String rule;
    private final Pattern pattern;
    private final String freeField;
    private final List<Option> options;

    public ArticleFamilies(ArticlesConfig config) {
        this.rule = config.family().rule().trim().toLowerCase(Locale.ROOT);
        if (!List.of("pattern", "free-field", "none").contains(rule)) {
            throw new IllegalArgumentException("bridge.articles.family.rule must be pattern, free-field or none, not '" + rule + "'");
        }
        this.pattern = Pattern.compile(config.family().pattern());
        this.freeField = config.family().freeField();
        List<Option> parsed = new ArrayList<>();
        for (String entry : config.family().attributes()) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("bridge.articles.family.attributes takes Name=source entries, not '" + entry + "'");
            }
            parsed.add(new Option(parts[0].trim(), parts[1].trim()));
        }
        this.options = List.copyOf(parsed);
    }

    public List<Option> options() {
        return options;
    }

    /** The family code of a variant item; empty for a plain item. */
    public Optional<String> familyOf(GlobeRecord item) {
        String code = item.text("ItemCode");
        if (code == null) {
            return Optional.empty();
        }
        return switch (rule) {
            case "pattern" -> {
                Matcher m = pattern.matcher(code);
                yield m.matches() ? Optional.of(m.group("family")) : Optional.empty();
            }
            case "free-field" -> Optional.ofNullable(item.text(freeField)).filter(f -> !f.isBlank() && !f.equals(code));
            default -> Optional.empty();
        };
    }

    /** The product number an item is written under: its family's code, or its own item code. */
    public String unitKey(GlobeRecord item) {
        return familyOf(item).orElse(item.text("ItemCode"));
    }

    /** Which Globe items may belong to a family (narrowed further by {@link #familyOf}). */
    public Optional<GlobeFilter> candidates(String family) {
        return switch (rule) {
            case "pattern" -> Optional.of(GlobeFilter.startsWith("ItemCode", family));
            case "free-field" -> Optional.of(GlobeFilter.eq(freeField, family));
            default -> Optional.empty();
        };
    }

    /** The variant's CCV option values in the configured order; a value with a row in {@code attribute-values} is translated. */
    public Map<String, String> optionValues(GlobeRecord item, Mapping mapping) {
        Optional<LookupTable> names = mapping.lookup("attribute-values");
        Matcher m = "pattern".equals(rule) ? pattern.matcher(item.text("ItemCode")) : null;
        boolean matched = m != null && m.matches();
        Map<String, String> values = new LinkedHashMap<>();
        for (Option option : options) {
            String raw = matched ? group(m, option.source()) : item.text(option.source());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String translated = names.map(t -> t.rows().get(raw.trim().toUpperCase(Locale.ROOT))).orElse(null);
            values.put(option.name(), translated != null ? translated : raw.trim());
        }
        return values;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
