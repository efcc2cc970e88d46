package com.ccvglobe.bridge.ops.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Groups repeats of the same cause: the first alert of a cause goes out at once and opens a window; repeats inside
 * the window are only counted; when the window has passed, the count goes out as one summary.
 */
final class AlertGroups {

    private final Map<String, Group> groups = new ConcurrentHashMap<>();

    private static final class Group {
        final Instant opened;
        Alert last;
        int repeats;

        Group(Instant opened, Alert first) {
            this.opened = opened;
            this.last = first;
        }
    }

    /** True when the alert is to be sent now; false when it only counts as a repeat. */
    synchronized boolean admit(Alert alert, Instant now, Duration window) {
        Group group = groups.get(alert.cause());
        if (group != null && now.isBefore(group.opened.plus(window))) {
            group.repeats++;
            group.last = alert;
            return false;
        }
        groups.put(alert.cause(), new Group(now, alert));
        return true;
    }

    /** Summaries of the windows that have passed with repeats; those groups close. */
    synchronized List<String> closeExpired(Instant now, Duration window) {
        List<String> summaries = new ArrayList<>();
        for (Iterator<Group> it = groups.values().iterator(); it.hasNext();) {
            Group group = it.next();
            if (!now.isBefore(group.opened.plus(window))) {
                if (group.repeats > 0) {
                    summaries.add(group.last.text() + " (repeated " + group.repeats + " more time(s) within "
                            + window.toMinutes() + " min)");
                }
                it.remove();
            }
        }
        return summaries;
    }
}
