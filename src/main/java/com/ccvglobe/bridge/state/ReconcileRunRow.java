package com.ccvglobe.bridge.state;

import java.time.Instant;

/**
 * One reconciliation run as stored: what started it ({@code schedule} or {@code api}), its status ({@code running},
 * {@code finished}, {@code failed}), the CCV orders' window start, the vendor calls it spent and what it checked.
 */
public record ReconcileRunRow(long id, String trigger, String status, Instant startedAt, Instant finishedAt,
        Instant windowFrom, long ccvCalls, long globeCalls, String checked, String error) {
}
