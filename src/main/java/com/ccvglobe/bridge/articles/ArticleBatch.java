package com.ccvglobe.bridge.articles;

import java.util.List;

import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The products of one articles run (the body after step {@code articles-select}): their product numbers, one per
 * product (a variant family once), the cursor to store once every one was handled (none when nothing new was read),
 * and whether the run is held for a link-up report ({@link ArticlesLinkUp}).
 */
public record ArticleBatch(List<String> skus, SyncCursors.PendingCursor pending, boolean held) {
}
