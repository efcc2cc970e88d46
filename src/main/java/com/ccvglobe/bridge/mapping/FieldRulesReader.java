package com.ccvglobe.bridge.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.mapping.TransformParser.NamedTransform;

/**
 * Reads {@code fields:}: per flow part a map of target field → rule. A rule is {@code {source: $.path}} or
 * {@code {constant: value}} with optional {@code transforms: [...]}; the short form {@code Field: $.path} or
 * {@code Field: value} is a rule without transforms. Every target must be a real field of the part's entity.
 */
final class FieldRulesReader {

    /** The flow parts a mapping can write, and the entity each part writes. */
    static final Map<String, FieldTarget> PARTS = parts();

    private final FieldCatalogue catalogue;
    private final TransformParser transforms;

    FieldRulesReader(FieldCatalogue catalogue, TransformParser transforms) {
        this.catalogue = catalogue;
        this.transforms = transforms;
    }

    private static Map<String, FieldTarget> parts() {
        Map<String, FieldTarget> parts = new LinkedHashMap<>();
        parts.put("orders.header", FieldTarget.globe("SalesOrderHeader"));
        parts.put("orders.line", FieldTarget.globe("SalesOrderLine"));
        parts.put("orders.invoice-header", FieldTarget.globe("InvoiceHeader"));
        parts.put("orders.invoice-line", FieldTarget.globe("InvoiceLine"));
        parts.put("orders.financial-header", FieldTarget.globe("FinancialHeader"));
        parts.put("orders.financial-line", FieldTarget.globe("FinancialLine"));
        parts.put("customers.account", FieldTarget.globe("Account"));
        parts.put("customers.contact", FieldTarget.globe("ContactPerson"));
        parts.put("customers.address", FieldTarget.globe("Address"));
        parts.put("customers.user", FieldTarget.globe("Account"));
        parts.put("articles.product", FieldTarget.ccv("products"));
        return Map.copyOf(parts);
    }

    Map<String, EntityMapping> read(Section fields) {
        Map<String, EntityMapping> result = new LinkedHashMap<>();
        fields.allowOnly("orders", "customers", "articles");
        for (Map.Entry<String, Section> flow : fields.entries().entrySet()) {
            List<String> allowed = PARTS.keySet().stream().filter(p -> p.startsWith(flow.getKey() + "."))
                    .map(p -> p.substring(flow.getKey().length() + 1)).sorted().toList();
            flow.getValue().allowOnly(allowed.toArray(String[]::new));
            for (Map.Entry<String, Section> part : flow.getValue().entries().entrySet()) {
                String name = flow.getKey() + "." + part.getKey();
                result.put(name, entity(name, PARTS.get(name), part.getValue()));
            }
        }
        return result;
    }

    private EntityMapping entity(String name, FieldTarget target, Section part) {
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        part.entries().forEach((field, rule) -> {
            catalogue.check(target, field, rule);
            rules.put(field, rule(field, rule));
        });
        rules.values().forEach(rule -> checkWrap(target, rule, rules));
        return new EntityMapping(name, target, rules);
    }

    /** A wrap is the last transform; its lines are real fields, as wide as the width, and no other rule's target. */
    private void checkWrap(FieldTarget target, FieldRule rule, Map<String, FieldRule> rules) {
        for (int i = 0; i < rule.transforms().size(); i++) {
            if (!(rule.transforms().get(i).transform() instanceof WrapTransform wrap)) {
                continue;
            }
            if (i != rule.transforms().size() - 1) {
                throw wrap.at().error("wrap must be the last transform of the rule of " + rule.target());
            }
            List<String> lines = new java.util.ArrayList<>(List.of(rule.target()));
            lines.addAll(wrap.next());
            for (String line : lines) {
                if (!line.equals(rule.target())) {
                    catalogue.check(target, line, wrap.at());
                }
                FieldRule other = rules.get(line);
                if (other != null && other != rule) {
                    throw wrap.at().error("wrap: " + line + " is filled by this wrap of " + rule.target()
                            + " and also by its own rule at " + other.origin() + "; take it out of the wrap or drop that rule");
                }
                catalogue.globeField(target.entity(), line).filter(f -> target.globe() && f.length() != null
                        && f.length() < wrap.width()).ifPresent(f -> {
                            throw wrap.at().error("wrap: lines of " + wrap.width() + " characters do not fit in " + target + "."
                                    + line + ", which takes at most " + f.length());
                        });
            }
        }
    }

    private FieldRule rule(String field, Section rule) {
        if (!rule.node().isObject()) {
            if (rule.node().isArray()) {
                throw rule.error("a field rule is $.path, a constant, or {source|constant: ..., transforms: [...]}");
            }
            Object value = Values.of(rule.node());
            if (value instanceof String text && text.startsWith("$")) {
                return new FieldRule(field, SourcePath.compile(text, rule), null, List.of(), rule.origin());
            }
            return new FieldRule(field, null, value, List.of(), rule.origin());
        }
        rule.allowOnly("source", "constant", "transforms");
        boolean hasSource = rule.child("source").present();
        if (hasSource == rule.node().has("constant")) {
            throw rule.error("give exactly one of source ($.path into the record) or constant");
        }
        List<NamedTransform> chain = transforms.chain(rule.child("transforms"));
        if (hasSource) {
            return new FieldRule(field, SourcePath.compile(rule.child("source").text(), rule.child("source")), null,
                    chain, rule.origin());
        }
        return new FieldRule(field, null, Values.of(rule.child("constant").node()), chain, rule.origin());
    }
}
