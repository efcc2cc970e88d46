package com.ccvglobe.bridge.ops.api;

import java.util.List;

/** A page of the activity log, newest first; {@code hasMore} says whether a next page exists. */
public record ActivityPage(List<ActivityView> items, int page, int size, boolean hasMore) {
}
