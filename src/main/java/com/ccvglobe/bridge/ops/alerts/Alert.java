package com.ccvglobe.bridge.ops.alerts;

/**
 * Something an operator must hear about. Fire it as a CDI event ({@code Event<Alert>}); {@link AlertSink} groups
 * repeats and delivers it by webhook and/or e-mail. {@code record} and {@code field} may be null; {@code message}
 * must carry no secret and no unmasked personal data.
 */
public record Alert(String kind, String flow, String record, String field, String message) {

    /** A message was parked. */
    public static final String PARKED = "parked";
    /** A flow parked many messages in a short time. */
    public static final String FLOW_FAILING = "flow-failing";
    /** A sync cursor has not advanced for longer than the threshold. */
    public static final String CURSOR_STALLED = "cursor-stalled";
    /** The mapping file could not be reloaded. */
    public static final String MAPPING_RELOAD_FAILED = "mapping-reload-failed";

    /** What repeats of the same cause share: flow, kind, record and field. */
    String cause() {
        return flow + "|" + kind + "|" + record + "|" + field;
    }

    /** One line naming the flow, record, field and the problem. */
    String text() {
        StringBuilder text = new StringBuilder("[ccv-globe-bridge] ").append(kind);
        if (flow != null) {
            text.append(" in flow ").append(flow);
        }
        if (record != null) {
            text.append(", record ").append(record);
        }
        if (field != null) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
