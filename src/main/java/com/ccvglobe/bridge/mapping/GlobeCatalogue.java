package com.ccvglobe.bridge.mapping;

import java.util.Optional;
import java.util.Set;

/**
 * The Globe side of the field catalogue for code outside the mapping (e.g. settings naming a Globe field): whether
 * an entity has a field, with a "did you mean" for a near miss. From Exact's PU415 entity reference.
 */
public final class GlobeCatalogue {

    private GlobeCatalogue() {
    }

    /** What is wrong with {@code entity.field}, or empty when PU415 gives the entity that field (exact spelling). */
    public static Optional<String> problem(String entity, String field) {
        Set<String> names = FieldCatalogue.get().globeNames(entity).orElse(null);
        if (names == null) {
            return Optional.of("the bridge does not know the Globe entity '" + entity + "'");
        }
        if (names.contains(field)) {
            return Optional.empty();
        }
        return Optional.of("'" + field + "' is not a field of Globe " + entity + Suggestions.hint(field, names));
    }

    /** The PU415 type of a field ({@code String}, {@code Number}, {@code Double}, {@code Date}, ...), when known. */
    public static Optional<String> type(String entity, String field) {
        return FieldCatalogue.get().globeField(entity, field).map(FieldCatalogue.GlobeField::type);
    }
}
