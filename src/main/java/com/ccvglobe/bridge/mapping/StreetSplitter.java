package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code split-street}: takes street, house number or suffix out of one address line, for the Dutch/German
 * style ({@code Kerkstraat 3a}, {@code Hauptstraße 5-7}, {@code Straße des 17. Juni 135}), the Belgian style
 * ({@code Rue de la Loi 16 bus 2}, {@code Kerkstraat 12/3}) and number-first lines ({@code 16 rue de la Paix}).
 * A line without a number is all street.
 */
final class StreetSplitter {

    static final List<String> PARTS = List.of("street", "number", "suffix");

    private static final Pattern BELGIAN_BOX = Pattern.compile(
            "^(?<street>.+?)\\s+(?<number>\\d+)\\s*(?<suffix>(?:bus|bte|boîte|box)\\s*\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_LAST = Pattern.compile("^(?<street>.*\\D)\\s+(?<number>\\d+)(?<suffix>\\D.*)?$");
    private static final Pattern NUMBER_FIRST = Pattern.compile(
            "^(?<number>\\d+)(?<suffix>[A-Za-z]?)\\s*,?\\s+(?<street>\\D.*)$");

    private StreetSplitter() {
    }

    static Transform transform(Section arg) {
        String part = arg.text().trim();
        if (!PARTS.contains(part)) {
            throw arg.error("split-street: the part must be one of " + String.join(", ", PARTS) + ", got '" + part
                    + "'" + Suggestions.hint(part, PARTS));
        }
        return (value, in) -> value == null ? null : split(Values.text(value)).get(part);
    }

    /** The parts of one address line. */
    record Street(String street, String number, String suffix) {
        String get(String part) {
            return switch (part) {
                case "street" -> street;
                case "number" -> number;
                default -> suffix;
            };
        }
    }

    static Street split(String line) {
        String text = line.trim().replaceAll("\\s+", " ");
        for (Pattern pattern : List.of(BELGIAN_BOX, NUMBER_LAST, NUMBER_FIRST)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                String suffix = m.group("suffix") == null ? "" : m.group("suffix").replaceFirst("^[\\s-]+", "").trim();
                return new Street(m.group("street").replaceFirst(",$", "").trim(), m.group("number"), suffix);
            }
        }
        return new Street(text, "", "");
    }
}
