package com.ccvglobe.bridge.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body in the making that the flows send to a vendor (a Globe header or line, an Account, a CCV product), with
 * for every field where its value came from: a field rule or table row of the mapping (as written, with file and
 * line), or the flow itself. The flow sends {@link #values()}; the dry-run preview shows both.
 */
public final class DocumentBody {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, FieldProvenance> provenance = new LinkedHashMap<>();

    public static DocumentBody of(MappedFields fields) {
        DocumentBody body = new DocumentBody();
        body.values.putAll(fields.values());
        body.provenance.putAll(fields.provenance());
        return body;
    }

    /** Copies values and provenance as they are. */
    public static DocumentBody of(Map<String, Object> values, Map<String, FieldProvenance> provenance) {
        DocumentBody body = new DocumentBody();
        body.values.putAll(values);
        body.provenance.putAll(provenance);
        return body;
    }

    /** A value the flow computes; {@code why} says how (shown as "set by the flow: why"). */
    public DocumentBody byFlow(String field, Object value, String why) {
        return put(field, value, flow(field, why));
    }

    /** As {@link #byFlow}, unless the field has a value already. */
    public DocumentBody byFlowIfAbsent(String field, Object value, String why) {
        return values.containsKey(field) ? this : byFlow(field, value, why);
    }

    /** A value chosen from one of the mapping's tables. */
    public DocumentBody fromTable(String field, Resolved resolved) {
        return put(field, resolved.value(), table(field, resolved));
    }

    /** A value with its provenance. */
    public DocumentBody put(String field, Object value, FieldProvenance source) {
        values.put(field, value);
        provenance.put(field, source);
        return this;
    }

    public DocumentBody putAll(DocumentBody other) {
        values.putAll(other.values);
        provenance.putAll(other.provenance);
        return this;
    }

    public Object remove(String field) {
        provenance.remove(field);
        return values.remove(field);
    }

    public Object get(String field) {
        return values.get(field);
    }

    /** The field rule or table row a field came from, if any. */
    public FieldProvenance source(String field) {
        return provenance.get(field);
    }

    /** The fields as they are sent, in order. */
    public Map<String, Object> values() {
        return new LinkedHashMap<>(values);
    }

    public Map<String, FieldProvenance> provenance() {
        return new LinkedHashMap<>(provenance);
    }

    public static FieldProvenance flow(String field, String why) {
        return new FieldProvenance(field, "set by the flow: " + why, null, 0);
    }

    public static FieldProvenance table(String field, Resolved resolved) {
        return new FieldProvenance(field, resolved.key(), resolved.origin() == null ? null : resolved.origin().file(),
                resolved.origin() == null ? 0 : resolved.origin().line());
    }

    /** E.g. {@code vat.codes[0] (default-mapping.yaml:9)} or {@code set by the flow: rounding difference}. */
    public static String describe(FieldProvenance source) {
        if (source == null) {
            return "set by the flow";
        }
        return source.file() == null ? source.rule() : source.rule() + " (" + source.file() + ":" + source.line() + ")";
    }
}
