package com.ccvglobe.bridge.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays one text over address lines of a fixed width, breaking between words: as many words on a line as fit,
 * the rest on the next line. A word longer than a whole line is cut at the width (there is no word boundary to use).
 * Runs of white space become one space.
 */
public final class AddressLines {

    private AddressLines() {
    }

    /**
     * The lines of {@code text} at most {@code width} characters each, or empty when more than {@code lines} lines
     * would be needed. Blank text gives no lines.
     */
    public static Optional<List<String>> wrap(String text, int width, int lines) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > width) {
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out.size() <= lines ? Optional.of(List.copyOf(out)) : Optional.empty();
    }
}
