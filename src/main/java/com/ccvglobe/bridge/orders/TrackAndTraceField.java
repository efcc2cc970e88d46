package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Optional;

import com.ccvglobe.bridge.mapping.GlobeCatalogue;

/**
 * Where Globe keeps an order's track &amp; trace code ({@code bridge.orders.status-sync.track-and-trace-field}):
 * {@code Entity.Field} on the sales order ({@code SalesOrderHeader.FreeField1}), its delivery notes
 * ({@code OrderHistoryHeader.AdditionalField01}) or its invoices ({@code InvoiceHistoryHeader...}); a bare field name
 * is a field of the delivery note. Checked against Exact's PU415 entity reference.
 */
public record TrackAndTraceField(String entity, String field) {

    public static final String SALES_ORDER = "SalesOrderHeader";
    public static final String DELIVERY = "OrderHistoryHeader";
    public static final String INVOICE = "InvoiceHistoryHeader";
    static final List<String> ENTITIES = List.of(SALES_ORDER, DELIVERY, INVOICE);
    private static final List<String> TYPES = List.of("String", "Number", "Double", "Integer");

    /** The setting read, or an {@link IllegalArgumentException} saying what is wrong and what would be right. */
    public static TrackAndTraceField parse(String setting) {
        String text = setting.trim();
        int dot = text.indexOf('.');
        String entity = dot < 0 ? DELIVERY : text.substring(0, dot).trim();
        String field = dot < 0 ? text : text.substring(dot + 1).trim();
        if (!ENTITIES.contains(entity)) {
            String near = ENTITIES.stream().filter(e -> e.equalsIgnoreCase(entity)).findFirst()
                    .map(e -> " (did you mean '" + e + "." + field + "'?)").orElse("");
            throw new IllegalArgumentException("'" + entity + "' is not an entity the track & trace code can be read from"
                    + near + "; use " + String.join(", ", ENTITIES) + " followed by a dot and the field, e.g. "
                    + SALES_ORDER + ".FreeField1");
        }
        Optional<String> problem = GlobeCatalogue.problem(entity, field);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String type = GlobeCatalogue.type(entity, field).orElse("String");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(entity + "." + field + " is a " + type
                    + " field; a track & trace code is kept in a text or number field (e.g. " + SALES_ORDER + ".FreeField1)");
        }
        return new TrackAndTraceField(entity, field);
    }

    @Override
    public String toString() {
        return entity + "." + field;
    }
}
