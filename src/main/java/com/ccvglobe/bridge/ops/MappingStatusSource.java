package com.ccvglobe.bridge.ops;

import java.time.Instant;
import java.util.List;

/**
 * What the mapping feature reports to the dashboard: the loaded file, the last reload and its errors. Implemented
 * by the mapping's own bean; until one exists the dashboard shows the mapping status as not available.
 */
public interface MappingStatusSource {

    Report status();

    /** {@code file} is the loaded mapping file (or the shipped defaults), {@code errors} empty when the last reload worked. */
    record Report(String file, Instant lastReload, boolean lastReloadOk, List<String> errors) {
    }
}
