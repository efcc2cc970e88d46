package com.ccvglobe.bridge.exactglobe;

import java.util.Set;

/**
 * Text as it may reach Globe: control characters (U+0000–U+001F, DEL and U+0080–U+009F) and the invisible direction
 * marks and overrides (U+200E/F, U+061C, U+202A–U+202E, U+2066–U+2069) are removed, so that a shopper named
 * "Jan", NUL, U+202E, "evil" is stored as {@code Janevil}: no NUL that cuts a value short in Globe's reports, no
 * override that shows a name or reference reversed on screen and on paper. Line breaks and tabs stay in the few
 * multi-line properties (instructions, long descriptions, invoice comments, remarks); in every other property a line
 * break or tab becomes a space. Applied by {@link GlobeFields#prepare} to every written value and by
 * {@link GlobeFilter} to every filter literal, so a value is looked up as it was stored.
 */
public final class GlobeText {

    /** Properties Globe shows as several lines. */
    private static final Set<String> MULTI_LINE = Set.of("Instruction", "LongDescription", "InvoiceComments", "Remarks");

    private GlobeText() {
    }

    /** The text without control and bidi characters; line breaks and tabs kept in multi-line properties. */
    public static String clean(String property, String text) {
        boolean multiLine = property != null && MULTI_LINE.contains(property);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
            boolean keep = lineBreak ? multiLine && c != '\u2028' && c != '\u2029' : !removed(c);
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (keep) {
                out.append(c);
            } else if (lineBreak) {
                out.append(multiLine ? '\n' : ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean removed(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
