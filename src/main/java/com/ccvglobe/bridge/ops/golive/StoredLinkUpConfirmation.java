package com.ccvglobe.bridge.ops.golive;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.OpsState;

import io.quarkus.arc.DefaultBean;

/** {@link ArticlesLinkUp} from the state-store key {@value ArticlesLinkUp#CONFIRMED_KEY}. */
@ApplicationScoped
@DefaultBean
public class StoredLinkUpConfirmation implements ArticlesLinkUp {

    private final OpsState state;

    public StoredLinkUpConfirmation(OpsState state) {
        this.state = state;
    }

    @Override
    public Status status() {
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
