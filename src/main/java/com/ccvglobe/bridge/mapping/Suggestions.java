package com.ccvglobe.bridge.mapping;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for mistyped keys and field names: same name in other casing first, else the nearest. */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> closest(String wrong, Collection<String> names) {
        for (String name : names) {
            if (name.equalsIgnoreCase(wrong)) {
                return Optional.of(name);
            }
        }
        for (String name : names) {
            if (wrong.length() >= 3 && name.toLowerCase().startsWith(wrong.toLowerCase())) {
                return Optional.of(name);
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(wrong.toLowerCase(), name.toLowerCase());
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, (wrong.length() + 2) / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code " (did you mean 'X'?)"} or the empty string. */
    static String hint(String wrong, Collection<String> names) {
        return closest(wrong, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
