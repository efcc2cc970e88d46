package com.ccvglobe.bridge.sandbox.globesim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The OData v2 {@code $filter} subset Globe clients use: {@code eq ne gt ge lt le and or not}, parentheses,
 * {@code substringof}, {@code startswith}, {@code endswith}, string literals (quotes doubled), {@code guid'…'},
 * {@code datetime'…'}, numbers, {@code true}/{@code false}/{@code null}. String literals are compared verbatim: a
 * right-aligned code only matches when the literal carries the same leading spaces.
 */
final class FilterExpression {

    /** A property name the entity does not know, or a syntax error. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private record Guid(String value) {
    }

    private interface Operand {
        Object value(Map<String, Object> row);
    }

    private final List<String> tokens;
    private final EntitySchema.Entity entity;
    private int pos;

    private FilterExpression(List<String> tokens, EntitySchema.Entity entity) {
        this.tokens = tokens;
        this.entity = entity;
    }

    static Predicate<Map<String, Object>> parse(String filter, EntitySchema.Entity entity) {
        FilterExpression parser = new FilterExpression(tokenize(filter), entity);
        Predicate<Map<String, Object>> predicate = parser.or();
        if (parser.pos != parser.tokens.size()) {
            throw new Invalid("Syntax error in $filter at '" + parser.tokens.get(parser.pos) + "'");
        }
        return predicate;
    }

    private Predicate<Map<String, Object>> or() {
        Predicate<Map<String, Object>> left = and();
        while (peekIs("or")) {
            pos++;
            left = left.or(and());
        }
        return left;
    }

    private Predicate<Map<String, Object>> and() {
        Predicate<Map<String, Object>> left = unary();
        while (peekIs("and")) {
            pos++;
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<Map<String, Object>> unary() {
        if (peekIs("not")) {
            pos++;
            return unary().negate();
        }
        if ("(".equals(peek())) {
            pos++;
            Predicate<Map<String, Object>> inner = or();
            expect(")");
            return inner;
        }
        String token = peek();
        if (token != null && isFunction(token)) {
            Operand call = function();
            if (!isComparison(peek())) {
                return row -> Boolean.TRUE.equals(call.value(row));
            }
            return comparison(call);
        }
        return comparison(operand());
    }

    private Predicate<Map<String, Object>> comparison(Operand left) {
        String op = next();
        if (!isComparison(op)) {
            throw new Invalid("Syntax error in $filter: expected a comparison operator, found '" + op + "'");
        }
        Operand right = operand();
        String operator = op.toLowerCase();
        return row -> compare(operator, left.value(row), right.value(row));
    }

    private Operand operand() {
        String token = next();
        if (token == null) {
            throw new Invalid("Syntax error in $filter: unexpected end");
        }
        if (isFunction(token)) {
            pos--;
            return function();
        }
        Object literal = literal(token);
        if (literal != NOT_A_LITERAL) {
            return row -> literal;
        }
        if (entity.property(token) == null) {
            throw new Invalid("Property '" + token + "' does not exist on entity '" + entity.name() + "'");
        }
        return row -> row.get(token);
    }

    private Operand function() {
        String name = next().toLowerCase();
        expect("(");
        Operand first = operand();
        expect(",");
        Operand second = operand();
        expect(")");
        return switch (name) {
            case "substringof" -> row -> text(second.value(row)).contains(text(first.value(row)));
            case "startswith" -> row -> text(first.value(row)).startsWith(text(second.value(row)));
            default -> row -> text(first.value(row)).endsWith(text(second.value(row)));
        };
    }

    private static final Object NOT_A_LITERAL = new Object();

    private static Object literal(String token) {
        if (token.startsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        String lower = token.toLowerCase();
        if (lower.startsWith("guid'")) {
            return new Guid(token.substring(5, token.length() - 1).replace("{", "").replace("}", "").toLowerCase());
        }
        if (lower.startsWith("datetime'")) {
            return LocalDateTime.parse(token.substring(9, token.length() - 1)).toInstant(ZoneOffset.UTC);
        }
        if ("true".equals(lower) || "false".equals(lower)) {
            return Boolean.valueOf(lower);
        }
        if ("null".equals(lower)) {
            return null;
        }
        if (token.matches("-?\\d+(\\.\\d+)?[mMdDlL]?")) {
            return new BigDecimal(token.replaceAll("[mMdDlL]$", ""));
        }
        return NOT_A_LITERAL;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static boolean compare(String op, Object left, Object right) {
        if (left instanceof Guid g) {
            left = g.value();
        }
        if (right instanceof Guid g) {
            right = g.value();
        }
        int cmp;
        if (left == null || right == null) {
            boolean same = left == right;
            return switch (op) {
                case "eq" -> same;
                case "ne" -> !same;
                default -> false;
            };
        } else if (left instanceof Number || right instanceof Number) {
            BigDecimal l = number(left);
            BigDecimal r = number(right);
            if (l == null || r == null) {
                return "ne".equals(op);
            }
            cmp = l.compareTo(r);
        } else if (left instanceof Instant || right instanceof Instant) {
            cmp = ((Comparable) left).compareTo(right);
        } else if (left instanceof Boolean || right instanceof Boolean) {
            cmp = Objects.equals(String.valueOf(left), String.valueOf(right)) ? 0 : 1;
        } else {
            cmp = String.valueOf(left).compareTo(String.valueOf(right));
        }
        return switch (op) {
            case "eq" -> cmp == 0;
            case "ne" -> cmp != 0;
            case "gt" -> cmp > 0;
            case "ge" -> cmp >= 0;
            case "lt" -> cmp < 0;
            default -> cmp <= 0;
        };
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value instanceof Guid g) {
            return g.value();
        }
        return value == null ? "" : String.valueOf(value);
    }

    private static boolean isFunction(String token) {
        String t = token.toLowerCase();
        return "substringof".equals(t) || "startswith".equals(t) || "endswith".equals(t);
    }

    private static boolean isComparison(String token) {
        return token != null && List.of("eq", "ne", "gt", "ge", "lt", "le").contains(token.toLowerCase());
    }

    private boolean peekIs(String word) {
        String token = peek();
        return token != null && token.equalsIgnoreCase(word);
    }

    private String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private String next() {
        return pos < tokens.size() ? tokens.get(pos++) : null;
    }

    private void expect(String token) {
        String found = next();
        if (!token.equals(found)) {
            throw new Invalid("Syntax error in $filter: expected '" + token + "', found '" + found + "'");
        }
    }

    private static List<String> tokenize(String filter) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == ',') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < filter.length() && !Character.isWhitespace(filter.charAt(i)) && "(),'".indexOf(filter.charAt(i)) < 0) {
                    i++;
                }
                if (i < filter.length() && filter.charAt(i) == '\'') {
                    i = endOfQuoted(filter, i);
                }
                tokens.add(filter.substring(start, i));
            }
        }
        return tokens;
    }

    private static int endOfQuoted(String filter, int quote) {
        int i = quote + 1;
        while (i < filter.length()) {
            if (filter.charAt(i) == '\'') {
                if (i + 1 < filter.length() && filter.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new Invalid("Syntax error in $filter: unterminated string literal");
    }
}
