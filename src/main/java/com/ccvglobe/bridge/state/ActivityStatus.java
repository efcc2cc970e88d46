package com.ccvglobe.bridge.state;

/** What happened to one message. */
public enum ActivityStatus {
    /** Arrived and is being worked on (webhook deliveries, manual triggers). */
    RECEIVED,
    /** Written to the target system. */
    COMMITTED,
    /** Nothing to do: already done, or filtered out; the row says why. */
    SKIPPED,
    /** Failed after retries, or at once for a business error; waits for replay. */
    PARKED,
    /** Refused at the door (a webhook with a bad signature). */
    REJECTED,
    /** A parked message an operator discarded, with the reason. */
    DISCARDED
}
