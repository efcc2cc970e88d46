package com.ccvglobe.bridge.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before it reaches a log line, the activity log or an API answer: e-mail addresses, names,
 * phone numbers and street lines keep only enough to recognise them.
 */
public final class Mask {

    /** An address in free text: any script, apostrophes and dots in the local part, a domain with or without a dot. */
    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._%+'-]*@[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}-]*(?:\\.[\\p{L}\\p{M}\\p{N}-]+)*");
    private static final Pattern TOP_LEVEL = Pattern.compile("\\p{L}[\\p{L}\\p{M}]{1,23}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])((?:\\+|00|0)\\d[\\d ()-]{7,}\\d)(?![\\w])");

    private Mask() {
    }

    /**
     * {@code jan.jansen@example.nl} → {@code j***@e***.nl}, {@code zoë.o'brien@exämple.de} → {@code z***@e***.de},
     * {@code jan@localhost} → {@code j***@l***}. Keeps the first code point of the local part and of the domain (none
     * of a part that is a single code point) and a top-level domain of letters; anything that is not an address:
     * {@code ***}.
     */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        String trimmed = email.trim();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            return "***";
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String tld = dot > 0 ? domain.substring(dot + 1) : "";
        return TOP_LEVEL.matcher(tld).matches()
                ? first(local) + "@" + first(domain.substring(0, dot)) + "." + tld
                : first(local) + "@" + first(domain);
    }

    /** The first code point of a part and {@code ***}; a part of one code point is hidden entirely. */
    private static String first(String part) {
        if (part.codePointCount(0, part.length()) < 2) {
            return "***";
        }
        int first = part.codePointAt(0);
        return Character.isLetterOrDigit(first) ? Character.toString(first) + "***" : "***";
    }

    /** {@code Jan Jansen} → {@code J*** J***}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.appendCodePoint(part.codePointAt(0)).append("***");
        }
        return out.toString();
    }

    /** {@code +31 6 12345678} → {@code ***78}. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 2 ? "***" : "***" + digits.substring(digits.length() - 2);
    }

    /** A street line keeps nothing but its length class: {@code ***}. */
    public static String street(String street) {
        return street == null || street.isBlank() ? street : "***";
    }

    /** Masks e-mail addresses and phone numbers found anywhere in a free text (error messages, vendor answers). */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EMAIL.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(email(m.group())));
        }
        m.appendTail(sb);
        Matcher p = PHONE.matcher(sb.toString());
        StringBuilder out = new StringBuilder();
        while (p.find()) {
            p.appendReplacement(out, Matcher.quoteReplacement(phone(p.group(1))));
        }
        p.appendTail(out);
        return out.toString();
    }
}
