package com.ccvglobe.bridge.support;

/**
 * What became of one record: the body at the end of a per-record route, read by the {@code record-activity} block
 * ({@code ops.ActivityRecorder}). {@code status} is an {@code ActivityStatus} name ({@code COMMITTED}, {@code SKIPPED});
 * {@code targetRef} what the record is in the target system (Globe debtor number, CCV product id); {@code summary} a
 * masked one-line summary. Readable in Simple as {@code ${body.status}}, {@code ${body.targetRef}}, {@code ${body.summary}}.
 */
public record RecordOutcome(String status, String targetRef, String summary) {

    public static RecordOutcome committed(String targetRef, String summary) {
        return new RecordOutcome("COMMITTED", targetRef, summary);
    }

    public static RecordOutcome skipped(String targetRef, String summary) {
        return new RecordOutcome("SKIPPED", targetRef, summary);
    }

    /** This outcome with another status, e.g. from the {@code status} parameter of the {@code record-activity} block. */
    public RecordOutcome withStatus(String newStatus) {
        return new RecordOutcome(newStatus, targetRef, summary);
    }
}
