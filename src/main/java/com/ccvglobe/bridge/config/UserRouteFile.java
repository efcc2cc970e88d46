package com.ccvglobe.bridge.config;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of the user's routes folder as it was last applied: its content fingerprint (to notice a change) and the
 * ids of the routes it defines (to take them out again when the file changes or goes).
 */
record UserRouteFile(Path file, String fingerprint, List<String> routeIds) {

    UserRouteFile {
        routeIds = List.copyOf(routeIds);
    }
}
