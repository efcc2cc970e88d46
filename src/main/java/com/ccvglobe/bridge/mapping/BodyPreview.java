package com.ccvglobe.bridge.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body as the dry-run preview shows it: the fields exactly as the flow would send them, and per field where it came
 * from ({@code vat.codes[0] (default-mapping.yaml:9)}, {@code upper ... (my-mapping.yaml:12)}, or
 * {@code set by the flow: ...}).
 */
public record BodyPreview(Map<String, Object> fields, Map<String, String> provenance) {

    public static BodyPreview of(DocumentBody body) {
        Map<String, String> provenance = new LinkedHashMap<>();
        body.values().keySet().forEach(field -> provenance.put(field, DocumentBody.describe(body.source(field))));
        return new BodyPreview(body.values(), provenance);
    }
}
