package com.ccvglobe.bridge.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The transform functions, by name. Each checks its arguments when the mapping loads; see docs/mapping.md
 * for the arguments and an example of each.
 */
final class Transforms {

    static final List<String> NAMES = List.of("trim", "upper", "lower", "truncate", "pad-left", "default",
            "replace", "regex-replace", "concat", "split-street", "date", "round", "multiply", "divide", "lookup",
            "when", "wrap");

    private Transforms() {
    }

    static Transform create(String name, List<Section> args, Section at, Map<String, LookupTable> lookups) {
        switch (name) {
            case "trim":
                arity(name, args, 0, 0, at);
                return text(String::trim);
            case "upper":
                arity(name, args, 0, 0, at);
                return text(s -> s.toUpperCase(Locale.ROOT));
            case "lower":
                arity(name, args, 0, 0, at);
                return text(s -> s.toLowerCase(Locale.ROOT));
            case "truncate": {
                arity(name, args, 1, 1, at);
                int max = count(name, args.get(0), 1);
                return text(s -> s.length() <= max ? s : s.substring(0, max));
            }
            case "pad-left": {
                arity(name, args, 1, 2, at);
                int width = count(name, args.get(0), 1);
                String pad = args.size() > 1 ? args.get(1).text() : "0";
                if (pad.length() != 1) {
                    throw args.get(1).error("pad-left: the pad character must be one character, got '" + pad + "'");
                }
                return text(s -> s.length() >= width ? s : pad.repeat(width - s.length()) + s);
            }
            case "default": {
                arity(name, args, 1, 1, at);
                ValueRef fallback = ValueRef.parse(args.get(0));
                return (value, in) -> Values.blank(value) ? fallback.resolve(in) : value;
            }
            case "replace": {
                arity(name, args, 2, 2, at);
                String from = args.get(0).text();
                String to = args.get(1).present() ? args.get(1).text() : "";
                if (from.isEmpty()) {
                    throw args.get(0).error("replace: the text to replace must not be empty");
                }
                return text(s -> s.replace(from, to));
            }
            case "regex-replace":
                return regexReplace(args, at);
            case "concat":
                return concat(args, at);
            case "split-street":
                arity(name, args, 1, 1, at);
                return StreetSplitter.transform(args.get(0));
            case "date":
                arity(name, args, 1, 2, at);
                return DateTransform.of(args);
            case "round": {
                arity(name, args, 1, 1, at);
                int scale = count(name, args.get(0), 0);
                return (value, in) -> value == null ? null
                        : Values.number(value, in, "round").setScale(scale, RoundingMode.HALF_UP);
            }
            case "multiply":
            case "divide":
                arity(name, args, 1, 1, at);
                return arithmetic(name, args.get(0));
            case "lookup":
                return lookup(args, at, lookups);
            case "when":
                arity(name, args, 1, 1, at);
                return WhenTransform.of(args.get(0));
            case "wrap":
                return WrapTransform.of(args, at);
            default:
                throw at.error("unknown transform '" + name + "'" + Suggestions.hint(name, NAMES)
                        + "; known: " + String.join(", ", NAMES));
        }
    }

    /** A transform on text: null stays null, numbers and booleans are turned into text first. */
    private static Transform text(UnaryOperator<String> operation) {
        return (value, in) -> value == null ? null : operation.apply(Values.text(value));
    }

    private static void arity(String name, List<Section> args, int min, int max, Section at) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : min + " to " + (max == Integer.MAX_VALUE ? "more" : max);
            throw at.error(name + " takes " + expected + " argument(s), got " + args.size());
        }
    }

    static int count(String name, Section arg, int min) {
        String text = arg.text().trim();
        try {
            int n = Integer.parseInt(text);
            if (n < min || n > 100_000) {
                throw arg.error(name + ": the argument must be a whole number from " + min + ", got '" + text + "'");
            }
            return n;
        } catch (NumberFormatException e) {
            throw arg.error(name + ": the argument must be a whole number, got '" + text + "'");
        }
    }

    private static Transform regexReplace(List<Section> args, Section at) {
        arity("regex-replace", args, 2, 2, at);
        Pattern pattern;
        try {
            pattern = Pattern.compile(args.get(0).text());
        } catch (PatternSyntaxException e) {
            throw args.get(0).error("regex-replace: invalid regular expression: " + e.getDescription());
        }
        String replacement = args.get(1).present() ? args.get(1).text() : "";
        int groups = pattern.matcher("").groupCount();
        Matcher references = Pattern.compile("\\$(\\d+)").matcher(replacement);
        while (references.find()) {
            if (Integer.parseInt(references.group(1)) > groups) {
                throw args.get(1).error("regex-replace: invalid replacement '" + replacement + "': the pattern has "
                        + groups + " group(s)");
            }
        }
        return text(s -> pattern.matcher(s).replaceAll(replacement));
    }

    private static Transform concat(List<Section> args, Section at) {
        arity("concat", args, 1, Integer.MAX_VALUE, at);
        List<ValueRef> parts = new ArrayList<>();
        args.forEach(arg -> parts.add(ValueRef.parse(arg)));
        return (value, in) -> {
            StringBuilder joined = new StringBuilder(value == null ? "" : Values.text(value));
            for (ValueRef part : parts) {
                Object resolved = part.resolve(in);
                joined.append(resolved == null ? "" : Values.text(resolved));
            }
            return joined.toString();
        };
    }

    private static Transform arithmetic(String name, Section arg) {
        ValueRef operand = ValueRef.parse(arg);
        if (operand.isLiteral()) {
            try {
                BigDecimal literal = new BigDecimal(Values.text(operand.literal()).trim());
                if ("divide".equals(name) && literal.signum() == 0) {
                    throw arg.error("divide: cannot divide by zero");
                }
            } catch (NumberFormatException | NullPointerException e) {
                throw arg.error(name + ": the argument must be a number, a $.path or an @variable, got '"
                        + operand.literal() + "'");
            }
        }
        return (value, in) -> {
            if (value == null) {
                return null;
            }
            BigDecimal left = Values.number(value, in, name);
            BigDecimal right = Values.number(operand.resolve(in), in, name);
            if ("multiply".equals(name)) {
                return left.multiply(right);
            }
            if (right.signum() == 0) {
                throw in.error("divide: the divisor is zero");
            }
            return left.divide(right, 10, RoundingMode.HALF_UP).stripTrailingZeros();
        };
    }

    private static Transform lookup(List<Section> args, Section at, Map<String, LookupTable> lookups) {
        arity("lookup", args, 1, 1, at);
        String table = args.get(0).text();
        LookupTable found = lookups.get(table);
        if (found == null) {
            throw args.get(0).error("lookup table '" + table + "' does not exist under lookups:"
                    + Suggestions.hint(table, lookups.keySet()));
        }
        return (value, in) -> value == null ? null : found.get(Values.text(value), in.context().record(), in.target());
    }
}
