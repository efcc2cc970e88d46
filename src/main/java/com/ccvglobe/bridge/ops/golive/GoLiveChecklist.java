package com.ccvglobe.bridge.ops.golive;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.ccvglobe.bridge.ops.ConnectionCheck;
import com.ccvglobe.bridge.ops.MappingStatusSource;

/**
 * What should be true before a held flow is started: the connection check is green, the mapping is valid, and the
 * articles link-up report was read. Runs the connection checks now (a few calls to each system).
 */
@ApplicationScoped
public class GoLiveChecklist {

    private final Instance<ConnectionCheck> checks;
    private final MappingStatusSource mapping;
    private final ArticlesLinkUp linkUp;

    public GoLiveChecklist(Instance<ConnectionCheck> checks, MappingStatusSource mapping, ArticlesLinkUp linkUp) {
        this.checks = checks;
        this.mapping = mapping;
        this.linkUp = linkUp;
    }

    /** One item: an id for scripts, its label, whether it is done, and what was found or is still to do. */
    public record Item(String id, String label, boolean done, String detail) {
    }

    /** The list; {@code done} when every item is. */
    public record Checklist(boolean done, List<Item> items) {
    }

    public Checklist run() {
        List<Item> items = List.of(connection(), mapping(), linkUp());
        return new Checklist(items.stream().allMatch(Item::done), items);
    }

    private Item connection() {
        List<String> failed = new ArrayList<>();
        for (ConnectionCheck check : checks) {
            try {
                check.run().stream().filter(r -> !r.ok()).forEach(r -> failed.add(check.system() + ": " + r.name()));
            } catch (RuntimeException e) {
                failed.add(check.system() + ": check ran (" + e.getClass().getSimpleName() + ")");
            }
        }
        return new Item("connection", "Connection check green", failed.isEmpty(), failed.isEmpty() ? "every check passed"
                : "failing: " + String.join("; ", failed) + " (run the connection check for details and proposed mapping rows)");
    }

    private Item mapping() {
        MappingStatusSource.Report report = mapping.status();
        boolean ok = report.lastReloadOk() && report.file() != null && !report.file().isBlank();
        return new Item("mapping", "Mapping valid", ok, ok ? "in force: " + report.file()
                : "the mapping does not load: " + String.join("; ", report.errors()));
    }

    private Item linkUp() {
        ArticlesLinkUp.Status status = linkUp.status();
        return new Item("articles-linkup", "Articles link-up report read", status.read(), status.detail());
    }
}
