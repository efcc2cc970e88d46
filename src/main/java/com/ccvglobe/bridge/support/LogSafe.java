package com.ccvglobe.bridge.support;

/**
 * Makes a value that came from a request safe for one log line: control characters (CR, LF, TAB, ESC, NUL...), line
 * and paragraph separators and bidi overrides become {@code \\u} and four hex digits (a line feed as {@code \\u000a}), and the text is cut at {@value #MAX_LENGTH}
 * characters, so that a caller cannot split a log line, forge one or flood the log through it.
 */
public final class LogSafe {

    public static final int MAX_LENGTH = 120;

    private LogSafe() {
    }

    public static String text(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 8);
        int i = 0;
        for (; i < value.length() && out.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            if (unsafe(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else if (c == '\\') {
                out.append("\\\\");
            } else {
                out.append(c);
            }
        }
        return i < value.length() ? out + "..." : out.toString();
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200e' || c == '\u200f' || c == '\u061c';
    }
}
