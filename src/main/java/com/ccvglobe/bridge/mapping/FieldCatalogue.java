package com.ccvglobe.bridge.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real field names of the entities the bridge writes: Exact Globe (from Exact's PU415 entity reference,
 * {@code mapping/globe-fields.json}) and CCV Shop ({@code mapping/ccv-fields.json}). Spelling is exact, with
 * Exact's irregular names ({@code Itemcode} on SalesOrderLine, {@code DeliveryAddressline1} on Account,
 * {@code TranscationDate} on InvoiceHeader).
 */
final class FieldCatalogue {

    /** A Globe property: type, maximum length (text only, when known) and storage flags (RA, UC, ...). */
    record GlobeField(String name, String type, Integer length, boolean mandatory, List<String> flags) {
    }

    private static final FieldCatalogue INSTANCE = load();

    private final Map<String, Map<String, GlobeField>> globe;
    private final Map<String, Set<String>> ccv;

    private FieldCatalogue(Map<String, Map<String, GlobeField>> globe, Map<String, Set<String>> ccv) {
        this.globe = globe;
        this.ccv = ccv;
    }

    static FieldCatalogue get() {
        return INSTANCE;
    }

    Optional<GlobeField> globeField(String entity, String field) {
        return Optional.ofNullable(globe.getOrDefault(entity, Map.of()).get(field));
    }

    /** The field names of a Globe entity, when the catalogue has it. */
    Optional<Set<String>> globeNames(String entity) {
        return Optional.ofNullable(globe.get(entity)).map(Map::keySet);
    }

    /** The field names of a target entity ({@code globe}/{@code ccv} system). */
    Set<String> names(FieldTarget target) {
        return target.globe() ? globe.get(target.entity()).keySet() : ccv.get(target.entity());
    }

    /** Fails with "did you mean" unless {@code field} is exactly a field of the target entity. */
    void check(FieldTarget target, String field, Section at) {
        Set<String> names = names(target);
        if (!names.contains(field)) {
            throw at.error("'" + field + "' is not a field of " + target + Suggestions.hint(field, names));
        }
    }

    private static FieldCatalogue load() {
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, Map<String, GlobeField>> globe = new HashMap<>();
            JsonNode globeRoot = json.readTree(resource("mapping/globe-fields.json"));
            globeRoot.fields().forEachRemaining(entity -> {
                Map<String, GlobeField> fields = new LinkedHashMap<>();
                entity.getValue().fields().forEachRemaining(f -> {
                    JsonNode v = f.getValue();
                    List<String> flags = v.has("flags")
                            ? json.convertValue(v.get("flags"), json.getTypeFactory().constructCollectionType(List.class, String.class))
                            : List.of();
                    fields.put(f.getKey(), new GlobeField(f.getKey(), v.path("type").asText(),
                            v.has("length") ? v.get("length").asInt() : null, v.path("mandatory").asBoolean(), flags));
                });
                globe.put(entity.getKey(), Map.copyOf(fields));
            });
            Map<String, Set<String>> ccv = new HashMap<>();
            json.readTree(resource("mapping/ccv-fields.json")).fields().forEachRemaining(entity -> {
                Set<String> names = new LinkedHashSet<>();
                entity.getValue().forEach(n -> names.add(n.asText()));
                ccv.put(entity.getKey(), Set.copyOf(names));
            });
            return new FieldCatalogue(Map.copyOf(globe), Map.copyOf(ccv));
        } catch (IOException e) {
            throw new UncheckedIOException("the field catalogue of the mapping cannot be read", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = FieldCatalogue.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the application");
        }
        return in;
    }
}
