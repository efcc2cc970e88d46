package com.ccvglobe.bridge.ops.golive;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.OpsState;

import io.quarkus.arc.DefaultBean;

/**
 * {@link ArticlesLinkUp}: with the articles link-up on ({@code bridge.articles.link-up}), the link-up report's own
 * state (read on the dashboard or through {@code GET /api/articles/link-up}); with it off, the state-store key
 * {@value ArticlesLinkUp#CONFIRMED_KEY} an operator records.
 */
@ApplicationScoped
@DefaultBean
public class StoredLinkUpConfirmation implements ArticlesLinkUp {

    private final OpsState state;
    private final com.ccvglobe.bridge.articles.ArticlesLinkUp report;

    public StoredLinkUpConfirmation(OpsState state, com.ccvglobe.bridge.articles.ArticlesLinkUp report) {
        this.state = state;
        this.report = report;
    }

    @Override
    public Status status() {
        if (report.enabled()) {
            var linkUp = report.status();
            return new Status(linkUp.reportRead(), linkUp.readBy(), linkUp.readAt(),
                    "articles link-up " + linkUp.state() + ": " + linkUp.summary());
        }
        return state.get(CONFIRMED_KEY)
                .map(e -> new Status(true, e.updatedBy(), e.updatedAt(), "read by " + e.updatedBy() + " (" + e.value() + ")"))
                .orElseGet(() -> new Status(false, null, null, "not confirmed yet: read the articles link-up report (what the "
                        + "first articles run would create, update and deactivate in the shop), then confirm it"));
    }

    /** Records that {@code operator} read the report; {@code note} says which one (e.g. its time). */
    public void confirm(String operator, String note) {
        state.put(CONFIRMED_KEY, note == null || note.isBlank() ? "confirmed " + Instant.now() : note, operator);
    }
}
