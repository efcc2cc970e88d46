package com.ccvglobe.bridge.articles;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ops.alerts.Alert;
import com.ccvglobe.bridge.state.CatalogueFindings;

/**
 * A SKU the CCV catalogue has more than once (two products with one {@code productnumber}, a product and a
 * combination, two combinations with one {@code sku_number}) is reported, not guessed: a warning, an alert (kind
 * {@code duplicate-sku}, grouped like every alert), a row in the state store the dashboard and
 * {@code GET /api/articles/duplicates} show, and the item's activity row. The item is skipped until only one place
 * is left; then the row goes.
 */
@ApplicationScoped
public class DuplicateSkus {

    public static final String ALERT = "duplicate-sku";
    private static final Logger LOG = Logger.getLogger(DuplicateSkus.class);

    private final CatalogueFindings findings;
    private final Event<Alert> alerts;

    public DuplicateSkus(CatalogueFindings findings, Event<Alert> alerts) {
        this.findings = findings;
        this.alerts = alerts;
    }

    /** Reports the SKU's places; returns the text for the activity row. */
    public String report(String sku, List<CatalogueMatch> found) {
        String places = found.stream().map(CatalogueMatch::describe).collect(Collectors.joining("; "));
        String text = "SKU " + sku + " is in CCV " + found.size() + " times (" + places + "): not written until only one is"
                + " left (give the others another productnumber / sku_number)";
        findings.duplicate(sku, places);
        LOG.warn(text);
        alerts.fire(new Alert(ALERT, ProductWriter.FLOW, "SKU " + sku, "productnumber/sku_number", text));
        return text;
    }

    /** The SKU was found in one place or none: a duplicate reported before is resolved. */
    public void resolved(String sku) {
        if (findings.resolved(sku)) {
            LOG.infof("SKU %s is in CCV once now: the duplicate is resolved", sku);
        }
    }
}
