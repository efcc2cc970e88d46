package com.ccvglobe.bridge.articles;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.Connections;
import com.ccvglobe.bridge.state.CatalogueFindings;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The link-up of a shop whose catalogue already exists (docs/articles.md, "Link-up"). The first articles run — no
 * articles cursor in the state store yet — against a shop that already has products writes nothing: it makes a
 * report of what it would create, update and deactivate ({@link LinkUpReport}) and stores it; runs stay on hold until
 * an operator confirms ({@code POST /api/articles/link-up/confirm}), then the flow runs as usual. An empty shop needs
 * no link-up. {@code bridge.articles.link-up}: {@code auto} (on against a real shop, off in the sandbox), {@code on},
 * {@code off}. Bean {@code articlesLinkUp}: {@link #status()} is what the go-live checklist reads.
 */
@ApplicationScoped
@Named("articlesLinkUp")
public class ArticlesLinkUp {

    private static final Logger LOG = Logger.getLogger(ArticlesLinkUp.class);

    /**
     * Where the link-up stands.
     *
     * @param state      {@code off} (switched off), {@code not-needed} (the first run is done, or the shop was empty),
     *                   {@code waiting} (on; no run and no report yet), {@code reported} (report made, runs on hold),
     *                   {@code confirmed} (an operator confirmed: the flow writes)
     * @param reportRead someone opened the report (API or dashboard), or there is nothing to read
     * @param confirmed  the flow may write: confirmed, not needed, or off
     */
    public record Status(String state, boolean reportRead, boolean confirmed, String summary, Instant reportedAt,
            Instant readAt, String readBy, Instant confirmedAt, String confirmedBy) {
    }

    private final CatalogueFindings findings;
    private final SyncCursors cursors;
    private final boolean enabled;

    public ArticlesLinkUp(ArticlesConfig config, Connections connections, CatalogueFindings findings, SyncCursors cursors) {
        this.findings = findings;
        this.cursors = cursors;
        this.enabled = switch (config.linkUp()) {
            case "on" -> true;
            case "off" -> false;
            default -> !connections.sandboxEnabled();
        };
    }

    public boolean enabled() {
        return enabled;
    }

    public Status status() {
        Optional<CatalogueFindings.LinkUp> stored = findings.linkUp();
        if (stored.isPresent()) {
            CatalogueFindings.LinkUp l = stored.get();
            boolean confirmed = "confirmed".equals(l.state());
            return new Status(l.state(), l.readAt() != null, confirmed, l.summary(), l.reportedAt(), l.readAt(), l.readBy(),
                    l.confirmedAt(), l.confirmedBy());
        }
        if (!enabled) {
            return new Status("off", true, true, "link-up switched off (bridge.articles.link-up)", null, null, null, null, null);
        }
        if (!firstRun()) {
            return new Status("not-needed", true, true, "the first articles run is done", null, null, null, null, null);
        }
        return new Status("waiting", false, false, "no report yet: the first articles run makes it, or POST "
                + "/api/articles/link-up/report", null, null, null, null, null);
    }

    /** True while the report is read or not needed (go-live checklist). */
    public boolean reportRead() {
        return status().reportRead();
    }

    /** True when the articles flow may write (go-live checklist). */
    public boolean confirmed() {
        return status().confirmed();
    }

    /** No articles run has been confirmed yet: the articles cursor was never stored. */
    boolean firstRun() {
        return cursors.current(ArticleSelection.CURSOR).isEmpty();
    }

    /**
     * Whether this run must only report. On the first run with the link-up on and not confirmed: true when a report
     * is stored (runs wait for the confirmation) or the shop has products (a report is made now; {@code report}
     * makes it). False for an empty shop: the first run writes at once.
     */
    boolean holds(Collection<String> productNumbers, LinkUpReport report, ShopCatalogue catalogue) {
        if (!enabled || !firstRun()) {
            return false;
        }
        Optional<CatalogueFindings.LinkUp> stored = findings.linkUp();
        if (stored.isPresent()) {
            if ("confirmed".equals(stored.get().state())) {
                return false;
            }
            LOG.infof("Articles link-up: waiting for an operator to confirm the report of %s (POST /api/articles/link-up/"
                    + "confirm); nothing is written", stored.get().reportedAt());
            return true;
        }
        if (catalogue.productCount() == 0) {
            LOG.info("Articles link-up: the shop has no products yet, nothing to link: the first run writes");
            return false;
        }
        report.make(productNumbers);
        return true;
    }
}
