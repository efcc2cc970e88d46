package com.ccvglobe.bridge.ops.checks;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ccvglobe.bridge.ops.ConnectionCheck.Code;

/**
 * Which of Globe's codes a mapping row most likely means when its own code does not exist: the same code written
 * differently ({@code B6} / {@code B06}, case, spaces), else the code whose description names the row's country and
 * rate (VAT: Globe's own country and percentage), else the one whose code or description contains the missing code.
 * No proposal when two codes score the same.
 */
final class CodeProposals {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Map<String, List<String>> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("NL", List.of("nederland", "netherlands", "holland", "binnenland")),
            Map.entry("BE", List.of("belgie", "belgium", "belgique", "belgien")),
            Map.entry("DE", List.of("duitsland", "germany", "deutschland")),
            Map.entry("FR", List.of("frankrijk", "france")), Map.entry("LU", List.of("luxemburg", "luxembourg")),
            Map.entry("AT", List.of("oostenrijk", "austria")), Map.entry("GB", List.of("engeland", "united kingdom")),
            Map.entry("ES", List.of("spanje", "spain")), Map.entry("IT", List.of("italie", "italy")),
            Map.entry("DK", List.of("denemarken", "denmark")), Map.entry("SE", List.of("zweden", "sweden")),
            Map.entry("PL", List.of("polen", "poland")), Map.entry("CH", List.of("zwitserland", "switzerland")));

    private CodeProposals() {
    }

    /** What a mapping row says about the code it wants: country and rate when the row names them (null otherwise). */
    record Hints(String country, BigDecimal rate, boolean intraCommunity, boolean export) {
        static Hints none() {
            return new Hints(null, null, false, false);
        }
    }

    /** The proposed Globe code for {@code wanted}, or null when nothing fits or two fit equally. */
    static Code propose(String wanted, Hints hints, List<Code> globe) {
        String key = normal(wanted);
        for (Code code : globe) {
            if (normal(code.code()).equals(key)) {
                return code;
            }
        }
        int best = 0;
        List<Code> top = new ArrayList<>();
        for (Code code : globe) {
            int score = score(wanted, hints, code);
            if (score > best) {
                best = score;
                top.clear();
            }
            if (score == best && score > 0) {
                top.add(code);
            }
        }
        return top.size() == 1 ? top.get(0) : null;
    }

    private static int score(String wanted, Hints hints, Code code) {
        String text = plain(code.code() + " " + (code.description() == null ? "" : code.description()));
        int score = 0;
        if (hints.country() != null) {
            String country = hints.country().toUpperCase(Locale.ROOT);
            boolean named = country.equalsIgnoreCase(code.country()) || word(text, country.toLowerCase(Locale.ROOT))
                    || COUNTRY_NAMES.getOrDefault(country, List.of()).stream().anyMatch(text::contains);
            score += named ? 2 : 0;
        }
        if (hints.rate() != null) {
            boolean rate = code.percentage() != null ? code.percentage().compareTo(hints.rate()) == 0
                    : Pattern.compile("(^|\\D)" + Pattern.quote(hints.rate().stripTrailingZeros().toPlainString()) + "\\s*%")
                            .matcher(text).find();
            score += rate ? 3 : -3;
        }
        if (hints.intraCommunity()) {
            score += text.contains("intra") || text.contains("icp") || text.contains("ic ") ? 2 : 0;
        }
        if (hints.export()) {
            score += text.contains("export") || text.contains("buiten eu") ? 2 : 0;
        }
        if (hints.country() == null && hints.rate() == null && wanted != null && !wanted.isBlank()
                && text.contains(plain(wanted.trim()))) {
            score += 1;
        }
        return score;
    }

    private static boolean word(String text, String w) {
        return Pattern.compile("(^|[^a-z])" + Pattern.quote(w) + "([^a-z]|$)").matcher(text).find();
    }

    /** Upper case, no spaces, numbers without leading zeros: B06 and b6 are the same code. */
    static String normal(String code) {
        String s = code == null ? "" : code.replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = DIGITS.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().replaceFirst("^0+(?=\\d)", ""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
