package com.ccvglobe.bridge.ops.golive;

import java.time.Instant;

/**
 * The go-live checklist's item "articles link-up report read". The articles flow's link-up (the dry run of what the
 * first articles run against a non-empty shop would create, update and deactivate) provides the report; an operator
 * confirms having read it. The shipped implementation ({@link StoredLinkUpConfirmation}) reads the state-store key
 * {@value #CONFIRMED_KEY}: whoever records that key (the link-up report's "mark as read" action, or
 * {@code POST /api/go-live/articles-linkup/confirm}) ticks the item. A bean of this type in the articles feature
 * replaces the shipped one.
 */
public interface ArticlesLinkUp {

    /** The state-store key ({@code ops_state}) whose presence means the report was read; its value says which report. */
    String CONFIRMED_KEY = "articles.linkup.confirmed";

    Status status();

    /** Whether the report was read, by whom and when, and a line for the checklist. */
    record Status(boolean read, String by, Instant at, String detail) {
    }
}
