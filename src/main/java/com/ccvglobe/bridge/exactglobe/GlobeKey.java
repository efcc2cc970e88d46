package com.ccvglobe.bridge.exactglobe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The key segment of a single entity: {@code (guid'…')}, {@code ('code')} or {@code (123)}. */
public record GlobeKey(String literal) {

    public static GlobeKey guid(UUID id) {
        return new GlobeKey("guid'" + id + "'");
    }

    public static GlobeKey guid(String id) {
        return guid(UUID.fromString(id.replace("{", "").replace("}", "").trim()));
    }

    /** A string key (e.g. {@code Item('ART-0001')}); quotes doubled, URL-encoded. */
    public static GlobeKey code(String code) {
        return new GlobeKey("'" + URLEncoder.encode(code.replace("'", "''"), StandardCharsets.UTF_8).replace("+", "%20") + "'");
    }

    public static GlobeKey number(long number) {
        return new GlobeKey(Long.toString(number));
    }

    String path(String entity) {
        return entity + "(" + literal + ")";
    }
}
