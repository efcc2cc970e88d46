package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.ccvglobe.bridge.mapping.AssignmentRules.Rule;
import com.ccvglobe.bridge.mapping.DebtorSettings.DefaultDebtorUse;
import com.ccvglobe.bridge.mapping.PaymentMethods.PaymentTerms;
import com.ccvglobe.bridge.mapping.StockSettings.Calculation;
import com.ccvglobe.bridge.mapping.VatCodes.VatRow;

/**
 * Turns the merged mapping document into a {@link Mapping}, checking the schema (known keys, types, Globe
 * code lengths) and the references (lookup tables, field names). Every error names file, line and key.
 */
final class MappingReader {

    static final String[] TOP_LEVEL = {"vat", "payment-methods", "shipping-methods", "revenue-accounts",
        "cost-centres", "cost-units", "default-debtor", "items", "debtors", "fields", "articles", "stock", "lookups",
        "customers"};

    private final FieldCatalogue catalogue = FieldCatalogue.get();

    static Mapping read(YamlDocument document, List<String> files) {
        return new MappingReader().mapping(Section.root(document), files);
    }

    private Mapping mapping(Section root, List<String> files) {
        root.allowOnly(TOP_LEVEL);
        Map<String, LookupTable> lookups = lookups(root.child("lookups"));
        FieldRulesReader fields = new FieldRulesReader(catalogue, new TransformParser(lookups));
        return new Mapping(files, vat(root.child("vat")), payments(root.child("payment-methods")),
                shipping(root.child("shipping-methods")), revenue(root.child("revenue-accounts")),
                rules(root.child("cost-centres")), rules(root.child("cost-units")), items(root.child("items")),
                debtors(root.child("debtors"), root.child("default-debtor")), fields.read(root.child("fields")),
                new ArticleSettingsReader(catalogue, lookups).read(root.child("articles")), stock(root.child("stock")), lookups, customers(root.child("customers")));
    }

    private Map<String, LookupTable> lookups(Section section) {
        Map<String, LookupTable> tables = new LinkedHashMap<>();
        section.entries().forEach((name, table) -> tables.put(name, LookupTable.of(name, table.requireMap().textMap())));
        return tables;
    }

    private VatCodes vat(Section vat) {
        vat.allowOnly("codes", "default-per-country");
        List<VatRow> rows = new ArrayList<>();
        for (Section row : vat.child("codes").items()) {
            row.allowOnly("country", "rate", "intra-community", "export", "code");
            Section rate = row.child("rate");
            if (!rate.present()) {
                throw rate.error("is required: the VAT percentage, e.g. 21");
            }
            VatRow added = new VatRow(row.optionalText("country").map(c -> country(c, row.child("country"))).orElse(null),
                    rate.number(), row.flag("intra-community", false), row.flag("export", false),
                    rowCode(row, "code", 3, true));
            for (VatRow earlier : rows) {
                if (Objects.equals(earlier.country(), added.country())
                        && earlier.rate().compareTo(added.rate()) == 0 && earlier.export() == added.export()
                        && earlier.intraCommunity() == added.intraCommunity()) {
                    throw row.error("the same country, rate, intra-community and export as " + earlier.code().rule());
                }
            }
            rows.add(added);
        }
        Map<String, Resolved> defaults = new LinkedHashMap<>();
        vat.child("default-per-country").entries().forEach((country, code) ->
                defaults.put(country(country, code), resolved(code, 3, true)));
        return new VatCodes(rows, defaults);
    }

    private PaymentMethods payments(Section section) {
        Map<String, PaymentTerms> methods = new LinkedHashMap<>();
        PaymentTerms otherwise = null;
        for (Map.Entry<String, Section> entry : section.entries().entrySet()) {
            Section row = entry.getValue().allowOnly("method", "condition");
            String letter = code(row.child("method"), 1, true);
            if (!PaymentMethods.GLOBE_LETTERS.contains(letter)) {
                throw row.child("method").error("'" + letter + "' is not a Globe payment method; use one of "
                        + String.join(", ", PaymentMethods.GLOBE_LETTERS));
            }
            PaymentTerms terms = new PaymentTerms(letter, code(row.child("condition"), 2, true), row.path(),
                    row.origin());
            if ("default".equals(entry.getKey())) {
                otherwise = terms;
            } else {
                methods.put(entry.getKey().toLowerCase(Locale.ROOT), terms);
            }
        }
        return new PaymentMethods(methods, Optional.ofNullable(otherwise));
    }

    private ShippingMethods shipping(Section section) {
        section.allowOnly("by-delivery-option", "by-deliver-method", "default");
        Map<String, Resolved> byOption = new LinkedHashMap<>();
        section.child("by-delivery-option").entries()
                .forEach((k, v) -> byOption.put(k.toUpperCase(Locale.ROOT), resolved(v, 5, true)));
        Map<String, Resolved> byMethod = new LinkedHashMap<>();
        section.child("by-deliver-method").entries()
                .forEach((k, v) -> byMethod.put(k.toLowerCase(Locale.ROOT), resolved(v, 5, true)));
        Section fallback = section.child("default");
        return new ShippingMethods(byOption, byMethod,
                fallback.present() ? Optional.of(resolved(fallback, 5, true)) : Optional.empty());
    }

    private RevenueAccounts revenue(Section section) {
        section.allowOnly("by-country", "intra-community", "export", "default");
        Map<String, Resolved> byCountry = new LinkedHashMap<>();
        section.child("by-country").entries().forEach((k, v) -> byCountry.put(country(k, v), resolved(v, 9, false)));
        return new RevenueAccounts(byCountry, resolved(section.child("intra-community"), 9, false),
                resolved(section.child("export"), 9, false), resolved(section.child("default"), 9, false));
    }

    private AssignmentRules rules(Section section) {
        section.allowOnly("rules", "default");
        List<Rule> rules = new ArrayList<>();
        for (Section row : section.child("rules").items()) {
            row.allowOnly("shop", "country", "paymethod", "value");
            rules.add(new Rule(row.optionalText("shop").orElse(null),
                    row.optionalText("country").map(c -> country(c, row.child("country"))).orElse(null),
                    row.optionalText("paymethod").orElse(null), rowCode(row, "value", 8, true)));
        }
        Section fallback = section.child("default");
        return new AssignmentRules(rules, fallback.present() ? Optional.of(resolved(fallback, 8, true)) : Optional.empty());
    }

    private ItemCodes items(Section section) {
        section.allowOnly("freight", "payment-costs", "discount");
        return new ItemCodes(code(section.child("freight"), 30, true), code(section.child("payment-costs"), 30, true),
                code(section.child("discount"), 30, true));
    }

    private DebtorSettings debtors(Section section, Section defaultDebtor) {
        section.allowOnly("number-range", "classification", "defaults");
        Section range = section.child("number-range").allowOnly("from", "to");
        long from = debtorNumber(range.child("from"));
        long to = debtorNumber(range.child("to"));
        if (from > to) {
            throw range.child("to").error("the range ends (" + to + ") before it starts (" + from + ")");
        }
        Section classes = section.child("classification").allowOnly("b2c", "b2b");
        Map<String, String> classification = new LinkedHashMap<>();
        classes.entries().forEach((type, code) -> classification.put(type, code(code, 3, false)));
        Map<String, Object> defaults = new LinkedHashMap<>();
        FieldTarget account = FieldTarget.globe("Account");
        section.child("defaults").entries().forEach((field, value) -> {
            catalogue.check(account, field, value);
            defaults.put(field, Values.of(value.node()));
        });
        defaultDebtor.allowOnly("code", "use-for");
        long code = debtorNumber(defaultDebtor.child("code"));
        String useFor = defaultDebtor.optionalText("use-for").orElse("never");
        DefaultDebtorUse use;
        try {
            use = DefaultDebtorUse.valueOf(useFor.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw defaultDebtor.child("use-for").error("must be never, guests, b2c or all, not '" + useFor + "'");
        }
        return new DebtorSettings(from, to, classification, defaults, String.valueOf(code), use);
    }

    private CustomerSettings customers(Section section) {
        section.allowOnly("countries", "classification", "account-fields", "payment-condition", "create-only");
        Map<String, String> countries = new LinkedHashMap<>();
        section.child("countries").entries().forEach((iso, globe) -> {
            if (!iso.matches("[A-Za-z]{2}")) {
                throw globe.error("'" + iso + "' is not an ISO 3166-1 alpha-2 country code (two letters, e.g. NL)");
            }
            countries.put(iso.toUpperCase(Locale.ROOT), code(globe, 3, true));
        });
        Section classes = section.child("classification").allowOnly("by-group", "by-country");
        Map<String, String> byGroup = new LinkedHashMap<>();
        classes.child("by-group").entries().forEach((group, code) -> {
            if (!group.matches("\\d+")) {
                throw code.error("'" + group + "' is not a CCV user group id (a number)");
            }
            byGroup.put(group, code(code, 3, false));
        });
        Map<String, String> byCountry = new LinkedHashMap<>();
        classes.child("by-country").entries().forEach((country, code) -> byCountry.put(country(country, code), code(code, 3, false)));
        Map<String, String> fields = new LinkedHashMap<>();
        FieldTarget account = FieldTarget.globe("Account");
        section.child("account-fields").allowOnly(CustomerSettings.DEFAULTS.toArray(String[]::new)).entries()
                .forEach((which, field) -> {
                    if (field.text().isBlank()) {
                        return;
                    }
                    catalogue.check(account, field.text(), field);
                    fields.put(which, field.text());
                });
        Section condition = section.child("payment-condition");
        List<String> createOnly = new ArrayList<>();
        for (Section item : section.child("create-only").items()) {
            catalogue.check(account, item.text(), item);
            createOnly.add(item.text());
        }
        return new CustomerSettings(countries, byGroup, byCountry, fields,
                condition.present() ? Optional.of(code(condition, 2, true)) : Optional.empty(), createOnly);
    }

    private StockSettings stock(Section stock) {
        stock.allowOnly("calculation", "warehouses", "negative-as-zero", "safety-buffer", "manage-stockenabled");
        String written = stock.optionalText("calculation").orElse("free");
        Calculation calculation = null;
        for (Calculation c : Calculation.values()) {
            calculation = c.written().equals(written) ? c : calculation;
        }
        if (calculation == null) {
            throw stock.child("calculation").error("must be free, on-hand or planned, not '" + written + "'");
        }
        List<String> warehouses = new ArrayList<>();
        stock.child("warehouses").items().forEach(w -> warehouses.add(code(w, 4, false)));
        Section buffer = stock.child("safety-buffer").allowOnly("default", "by-assortment");
        Map<String, BigDecimal> byAssortment = new LinkedHashMap<>();
        buffer.child("by-assortment").entries().forEach((k, v) -> byAssortment.put(k, nonNegative(v)));
        BigDecimal fallback = buffer.child("default").present() ? nonNegative(buffer.child("default")) : BigDecimal.ZERO;
        return new StockSettings(calculation, warehouses, stock.flag("negative-as-zero", true), fallback,
                byAssortment, stock.flag("manage-stockenabled", false));
    }

    private static BigDecimal nonNegative(Section value) {
        BigDecimal number = value.number();
        if (number.signum() < 0) {
            throw value.error("must not be negative");
        }
        return number;
    }

    private static long debtorNumber(Section value) {
        String text = value.present() ? value.text().trim() : "";
        if (!text.matches("\\d{1,6}") || Long.parseLong(text) == 0) {
            throw value.error("a Globe debtor number has at most 6 digits (1 to 999999), got '" + text + "'");
        }
        return Long.parseLong(text);
    }

    /** A Globe code with the key and line it was written at. */
    private static Resolved resolved(Section value, int max, boolean upperCase) {
        return new Resolved(code(value, max, upperCase), value.path(), value.origin());
    }

    /** A Globe code of a table row, reported at the row ({@code vat.codes[3]}) rather than at its code key. */
    private static Resolved rowCode(Section row, String key, int max, boolean upperCase) {
        return new Resolved(code(row.child(key), max, upperCase), row.path(), row.origin());
    }

    /** A Globe code: required, at most {@code max} characters, upper case when Globe stores it so. */
    private static String code(Section value, int max, boolean upperCase) {
        if (!value.present() || value.text().isBlank()) {
            throw value.error("is required: a Globe code of at most " + max + " characters");
        }
        String code = value.text().trim();
        if (code.length() > max) {
            throw value.error("'" + code + "' is longer than the " + max + " characters Globe allows here");
        }
        if (upperCase && !code.equals(code.toUpperCase(Locale.ROOT))) {
            throw value.error("'" + code + "' must be upper case: Globe stores these codes upper case");
        }
        return code;
    }

    private static String country(String code, Section at) {
        if (!code.matches("[A-Za-z]{2,3}")) {
            throw at.error("'" + code + "' is not a country code (ISO 3166 alpha-2, e.g. NL)");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
