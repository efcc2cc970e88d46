package com.ccvglobe.bridge.mapping;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed mapping file (or the merge of several): the tree and, for every key path ({@code vat.codes[2].rate}),
 * the file and line it came from.
 */
public record YamlDocument(JsonNode root, Map<String, Origin> origins) {

    /** The origin of a key path, or of its nearest ancestor that has one. */
    public Origin originOf(String path) {
        String p = path;
        while (true) {
            Origin o = origins.get(p);
            if (o != null || p.isEmpty()) {
                return o;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }
}
