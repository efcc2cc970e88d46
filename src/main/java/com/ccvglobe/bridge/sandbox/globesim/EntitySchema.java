package com.ccvglobe.bridge.sandbox.globesim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's own copy of Exact's PU415 entity reference: per entity its key and every REST property with type,
 * length, mandatory, right-aligned, upper-case, default and read-only flags (resource {@code pu415-entities.tsv}).
 */
final class EntitySchema {

    record Property(String name, String type, int length, boolean mandatory, boolean rightAligned, boolean upperCase,
            String defaultValue, boolean readOnly) {

        boolean isString() {
            return "String".equals(type);
        }

        boolean isGuid() {
            return "GUID".equals(type);
        }
    }

    record Entity(String name, String key, Map<String, Property> properties) {

        Property property(String name) {
            return properties.get(name);
        }
    }

    private final Map<String, Entity> entities;

    private EntitySchema(Map<String, Entity> entities) {
        this.entities = entities;
    }

    static EntitySchema load() {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Map<String, Property>> props = new LinkedHashMap<>();
        try (InputStream in = EntitySchema.class.getResourceAsStream("/sandbox/globesim/pu415-entities.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if ("key".equals(f[0])) {
                    keys.put(f[1], f[2]);
                    props.put(f[1], new LinkedHashMap<>());
                } else {
                    props.get(f[1]).put(f[2], new Property(f[2], f[3], Integer.parseInt(f[4]), "1".equals(f[5]),
                            "1".equals(f[6]), "1".equals(f[7]), f[8], "1".equals(f[9])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        keys.forEach((name, key) -> entities.put(name, new Entity(name, key, Collections.unmodifiableMap(props.get(name)))));
        return new EntitySchema(Collections.unmodifiableMap(entities));
    }

    /** The entity with exactly this REST name, or null. */
    Entity entity(String name) {
        return entities.get(name);
    }
}
