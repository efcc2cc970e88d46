package com.ccvglobe.bridge.ops.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.AssignmentRules;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.Resolved;
import com.ccvglobe.bridge.ops.ConnectionCheck.Asked;
import com.ccvglobe.bridge.ops.ConnectionCheck.Code;
import com.ccvglobe.bridge.ops.ConnectionCheck.Codes;
import com.ccvglobe.bridge.ops.ConnectionCheck.Result;
import com.ccvglobe.bridge.support.Mask;

/**
 * Every code a booking can send to Globe, looked up in Globe's own tables: VAT codes, payment conditions, shipping
 * methods, cost centres, cost units, revenue accounts (when bookings or new debtors use them), the freight, payment-costs
 * and discount items, and the default debtor (when orders can be booked on it). For each small table Globe's codes are
 * listed next to what the mapping asks, with proposed mapping rows for the codes Globe lacks.
 */
final class MappedCodes {

    /** Which optional codes bookings use with the settings in force. */
    record Usage(boolean defaultDebtor, boolean revenueAccounts) {
    }

    /** One code the mapping sends, the hints for a proposal, and the YAML row that would send another code instead. */
    private record Wanted(String code, String mappedBy, CodeProposals.Hints hints, String section, Function<String, String> row) {
    }

    private final GlobeEntityClient globe;

    MappedCodes(GlobeEntityClient globe) {
        this.globe = globe;
    }

    List<Result> check(Mapping m, Usage usage) {
        List<Result> results = new ArrayList<>();
        results.add(table("VAT codes (vat)", "VAT", "VATCode", MappedRows.vat(m), "add them in Globe or change vat.codes / vat.default-per-country"));
        results.add(table("payment conditions (payment-methods)", "PaymentCondition", "PaymentConditionCode",
                MappedRows.paymentConditions(m), "add them in Globe or change the conditions under payment-methods"));
        results.add(table("shipping methods (shipping-methods)", "ShippingMethod", "ShippingMethodProperty",
                MappedRows.shipping(m), "add them in Globe or change shipping-methods"));
        results.add(table("cost centres (cost-centres)", "CostCenter", "Code", MappedRows.rules("cost-centres", m.costCentres()),
                "add them in Globe or change cost-centres"));
        results.add(table("cost units (cost-units)", "CostUnit", "Code", MappedRows.rules("cost-units", m.costUnits()),
                "add them in Globe or change cost-units"));
        if (usage.revenueAccounts()) {
            results.add(table("revenue accounts (revenue-accounts)", "GeneralLedgerAccount", "GeneralLedgerCode",
                    "GeneralLedgerDescription", MappedRows.revenue(m), "add them in Globe or change revenue-accounts"));
        }
        List<Wanted> items = List.of(wanted(m.items().freight(), "items.freight"), wanted(m.items().paymentCosts(), "items.payment-costs"),
                wanted(m.items().discount(), "items.discount"));
        results.add(perCode("items: freight, payment costs, discount (items)", "Item", "ItemCode", items,
                "create these items in Globe or change items.freight / payment-costs / discount"));
        String debtor = "default debtor (default-debtor.code)";
        if (usage.defaultDebtor()) {
            results.add(perCode(debtor, "Account", "DebtorNumber", List.of(wanted(m.debtors().defaultDebtor(), "default-debtor.code")),
                    "create the collective debtor in Globe or change default-debtor.code"));
        } else {
            results.add(new Result(debtor, true, "not used (default-debtor.use-for: never, bridge.orders.default-debtor=false): "
                    + "not checked", null));
        }
        return results;
    }

    private static Wanted wanted(String code, String key) {
        return new Wanted(code, key, CodeProposals.Hints.none(), null, null);
    }

    /** A small table: Globe's codes listed once, the mapping's codes looked up in that list, proposals for the missing. */
    private Result table(String name, String entity, String property, List<Wanted> wanted, String fix) {
        return table(name, entity, property, "Description", wanted, fix);
    }

    private Result table(String name, String entity, String property, String description, List<Wanted> wanted, String fix) {
        List<Code> codes = new ArrayList<>();
        try {
            boolean vat = "VAT".equals(entity);
            List<String> select = new ArrayList<>(List.of(property, description));
            if (vat) {
                select.addAll(List.of("CountryCode", "Percentage"));
            }
            for (GlobeRecord r : globe.find(entity, GlobeQuery.all().select(select.toArray(String[]::new)))) {
                if (r.text(property) != null && !r.text(property).isBlank()) {
                    codes.add(new Code(r.text(property).trim(), trimmed(r.text(description)), vat ? trimmed(r.text("CountryCode")) : null,
                            vat ? r.number("Percentage") : null));
                }
            }
        } catch (RuntimeException e) {
            return new Result(name, false, "Globe did not answer for " + entity + ": " + Mask.text(e.getMessage()),
                    "check that the Globe user may read " + entity);
        }
        return result(name, entity, wanted, codes, code -> codes.stream().anyMatch(c -> same(c.code(), code)), fix, true);
    }

    /** A large table (items, debtors): each code looked up on its own; Globe's list is not shown. */
    private Result perCode(String name, String entity, String property, List<Wanted> wanted, String fix) {
        Map<String, Boolean> exists = new LinkedHashMap<>();
        try {
            for (Wanted w : wanted) {
                if (usable(w.code()) && !exists.containsKey(w.code().trim())) {
                    List<GlobeRecord> found = globe.find(entity, GlobeQuery.where(GlobeFilter.eq(property, w.code().trim())).select(property));
                    exists.put(w.code().trim(), found.stream().anyMatch(r -> same(r.text(property), w.code())));
                }
            }
        } catch (RuntimeException e) {
            return new Result(name, false, "Globe did not answer for " + entity + ": " + Mask.text(e.getMessage()),
                    "check that the Globe user may read " + entity);
        }
        return result(name, entity, wanted, List.of(), code -> exists.getOrDefault(code.trim(), false), fix, false);
    }

    private static Result result(String name, String entity, List<Wanted> wanted, List<Code> globeCodes,
            java.util.function.Predicate<String> found, String fix, boolean propose) {
        List<Asked> asked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, List<String>> proposal = new LinkedHashMap<>();
        for (Wanted w : wanted) {
            if (!usable(w.code())) {
                continue;
            }
            boolean ok = found.test(w.code());
            Code proposed = ok || !propose ? null : CodeProposals.propose(w.code(), w.hints(), globeCodes);
            asked.add(new Asked(w.code().trim(), w.mappedBy(), ok, proposed));
            if (!ok && !missing.contains(w.code().trim())) {
                missing.add(w.code().trim());
            }
            if (proposed != null && w.row() != null) {
                proposal.computeIfAbsent(w.section(), s -> new ArrayList<>()).add(w.row().apply(proposed.code())
                        + "   # Globe " + proposed.code() + (proposed.description() == null ? "" : " \"" + proposed.description() + "\""));
            }
        }
        Codes codes = new Codes(entity, asked, globeCodes, proposal.isEmpty() ? null : yaml(proposal));
        if (missing.isEmpty()) {
            List<String> all = asked.stream().map(Asked::code).distinct().toList();
            return new Result(name, true, all.isEmpty() ? "none mapped" : String.join(", ", all), null, codes);
        }
        String more = propose ? (proposal.isEmpty() ? "; Globe's codes are listed, none fits clearly: pick one"
                : "; proposed mapping rows are listed for your mapping file") : "";
        return new Result(name, false, "not in Globe's " + entity + ": " + String.join(", ", missing), fix + more, codes);
    }

    /** The proposed rows under their sections, e.g. {@code cost-units:\n  rules:\n    - { country: NL, value: "NLD" }}. */
    private static String yaml(Map<String, List<String>> rows) {
        StringBuilder out = new StringBuilder("# proposed rows for your mapping file (BRIDGE_MAPPING_FILE); rows merge with the shipped ones\n");
        String top = null;
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            String[] path = e.getKey().split("\\.", 2);
            if (!path[0].equals(top)) {
                out.append(path[0]).append(":\n");
                top = path[0];
            }
            String indent = "  ";
            if (path.length > 1) {
                out.append("  ").append(path[1]).append(":\n");
                indent = "    ";
            }
            for (String row : e.getValue()) {
                out.append(indent).append(row).append('\n');
            }
        }
        return out.toString();
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.trim().toUpperCase(Locale.ROOT).equals(b.trim().toUpperCase(Locale.ROOT));
    }

    private static boolean usable(String code) {
        return code != null && !code.isBlank();
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    /** The mapping rows behind each table, with hints and the YAML row for another code. */
    static final class MappedRows {

        private MappedRows() {
        }

        static List<Wanted> vat(Mapping m) {
            List<Wanted> out = new ArrayList<>();
            m.vat().rows().forEach(r -> out.add(new Wanted(r.code().value(), r.code().rule(),
                    new CodeProposals.Hints(r.country(), r.rate(), r.intraCommunity(), r.export()), "vat.codes",
                    code -> "- { " + (r.country() == null ? "" : "country: " + r.country() + ", ") + "rate: "
                            + r.rate().stripTrailingZeros().toPlainString() + (r.intraCommunity() ? ", intra-community: true" : "")
                            + (r.export() ? ", export: true" : "") + ", code: " + q(code) + " }")));
            m.vat().defaultPerCountry().forEach((country, r) -> out.add(new Wanted(r.value(), r.rule(),
                    new CodeProposals.Hints(country, null, false, false), "vat.default-per-country", code -> country + ": " + q(code))));
            return out;
        }

        static List<Wanted> paymentConditions(Mapping m) {
            List<Wanted> out = new ArrayList<>();
            m.paymentMethods().byPaymethod().forEach((name, t) -> out.add(new Wanted(t.condition(), t.rule(), CodeProposals.Hints.none(),
                    "payment-methods", code -> name + ": { method: " + t.method() + ", condition: " + q(code) + " }")));
            m.paymentMethods().otherwise().ifPresent(t -> out.add(new Wanted(t.condition(), t.rule(), CodeProposals.Hints.none(),
                    "payment-methods", code -> "default: { method: " + t.method() + ", condition: " + q(code) + " }")));
            return out;
        }

        static List<Wanted> shipping(Mapping m) {
            List<Wanted> out = new ArrayList<>();
            m.shippingMethods().byDeliveryOption().forEach((option, r) -> out.add(keyed(r, "shipping-methods.by-delivery-option", option)));
            m.shippingMethods().byDeliverMethod().forEach((method, r) -> out.add(keyed(r, "shipping-methods.by-deliver-method", method)));
            m.shippingMethods().otherwise().ifPresent(r -> out.add(keyed(r, "shipping-methods", "default")));
            return out;
        }

        static List<Wanted> rules(String section, AssignmentRules rules) {
            List<Wanted> out = new ArrayList<>();
            for (AssignmentRules.Rule rule : rules.rules()) {
                out.add(new Wanted(rule.value().value(), rule.value().rule(), new CodeProposals.Hints(rule.country(), null, false, false),
                        section + ".rules", code -> "- { " + (rule.shop() == null ? "" : "shop: " + q(rule.shop()) + ", ")
                                + (rule.country() == null ? "" : "country: " + rule.country() + ", ")
                                + (rule.paymethod() == null ? "" : "paymethod: " + rule.paymethod() + ", ") + "value: " + q(code) + " }"));
            }
            rules.otherwise().ifPresent(r -> out.add(keyed(r, section, "default")));
            return out;
        }

        static List<Wanted> revenue(Mapping m) {
            List<Wanted> out = new ArrayList<>();
            m.revenueAccounts().byCountry().forEach((country, r) -> out.add(new Wanted(r.value(), r.rule(),
                    new CodeProposals.Hints(country, null, false, false), "revenue-accounts.by-country", code -> country + ": " + q(code))));
            if (m.revenueAccounts().intraCommunity() != null) {
                Resolved r = m.revenueAccounts().intraCommunity();
                out.add(new Wanted(r.value(), r.rule(), new CodeProposals.Hints(null, null, true, false), "revenue-accounts",
                        code -> "intra-community: " + q(code)));
            }
            if (m.revenueAccounts().export() != null) {
                Resolved r = m.revenueAccounts().export();
                out.add(new Wanted(r.value(), r.rule(), new CodeProposals.Hints(null, null, false, true), "revenue-accounts",
                        code -> "export: " + q(code)));
            }
            if (m.revenueAccounts().otherwise() != null) {
                out.add(keyed(m.revenueAccounts().otherwise(), "revenue-accounts", "default"));
            }
            return out;
        }

        private static Wanted keyed(Resolved r, String section, String key) {
            return new Wanted(r.value(), r.rule(), CodeProposals.Hints.none(), section, code -> key + ": " + q(code));
        }

        private static String q(String code) {
            return "\"" + code.replace("\"", "") + "\"";
        }
    }
}
