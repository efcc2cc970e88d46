package com.ccvglobe.bridge.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data before it reaches a log line, the activity log or an API answer: e-mail addresses, names,
 * phone numbers and street lines keep only enough to recognise them.
 */
public final class Mask {

    private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-])[A-Za-z0-9.-]*\\.([A-Za-z]{2,})");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])((?:\\+|00|0)\\d[\\d ()-]{7,}\\d)(?![\\w])");

    private Mask() {
    }

    /** {@code jan.jansen@example.nl} → {@code j***@e***.nl}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        Matcher m = EMAIL.matcher(email.trim());
        return m.matches() ? m.group(1) + "***@" + m.group(2) + "***." + m.group(3) : "***";
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
            out.append(part.charAt(0)).append("***");
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
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2) + "***." + m.group(3)));
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
