package com.ccvglobe.bridge.ops;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes internal addresses out of a text shown to anonymous callers (the health endpoints): URLs, IP addresses,
 * {@code host:port} pairs and the host names of the configured systems become {@code <address>}. The rest of the
 * message (what failed) stays.
 */
final class AddressMask {

    static final String MASK = "<address>";
    private static final List<Pattern> ADDRESSES = List.of(
            // URLs and JDBC URLs: scheme://... or jdbc:vendor:...
            Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9+.-]*:(//|[a-z]+:)[^\\s'\"<>]*"),
            // Java's InetAddress text: host/address
            Pattern.compile("\\b[a-zA-Z0-9][a-zA-Z0-9.-]*/(?=[0-9\\[]|[0-9a-fA-F]{1,4}:)"),
            Pattern.compile("\\[[0-9a-fA-F:.%]+\\](:\\d+)?"),
            Pattern.compile("\\b(?:[0-9a-fA-F]{1,4}:){5,7}[0-9a-fA-F]{1,4}\\b|\\b[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{1,4})*::[0-9a-fA-F:]*"),
            Pattern.compile("\\b\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?\\b"),
            Pattern.compile("\\b[a-zA-Z][a-zA-Z0-9.-]*:\\d{1,5}\\b"),
            Pattern.compile("(?i)\\blocalhost\\b"));

    private final List<String> hosts;

    /** @param locations the configured URLs or JDBC URLs; their host names are masked wherever they appear */
    AddressMask(Collection<Optional<String>> locations) {
        this.hosts = locations.stream().flatMap(Optional::stream).map(AddressMask::hostOf).filter(Objects::nonNull)
                .filter(h -> h.length() > 1).map(h -> h.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (Pattern address : ADDRESSES) {
            masked = address.matcher(masked).replaceAll(Matcher.quoteReplacement(MASK));
        }
        for (String host : hosts) {
            masked = Pattern.compile(Pattern.quote(host), Pattern.CASE_INSENSITIVE).matcher(masked)
                    .replaceAll(Matcher.quoteReplacement(MASK));
        }
        return masked;
    }

    /** The host of a URL or JDBC URL ({@code jdbc:postgresql://db:5432/x}, {@code jdbc:sqlserver://db;...}). */
    static String hostOf(String location) {
        String url = location.trim();
        while (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            url = url.substring(5);
        }
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        String rest = url.substring(scheme + 3);
        int end = 0;
        while (end < rest.length() && "/;?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        try {
            return URI.create("http://" + authority).getHost();
        } catch (IllegalArgumentException e) {
            int colon = authority.lastIndexOf(':');
            return colon > 0 ? authority.substring(0, colon) : authority;
        }
    }
}
