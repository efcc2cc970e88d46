package com.ccvglobe.bridge.mapping;

import java.time.Instant;

/**
 * CDI event: a changed mapping file was invalid and the previous mapping stays in force. Alerts observe it.
 */
public record MappingReloadFailed(MappingProblem problem, Instant at) {
}
