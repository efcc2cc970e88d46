package com.ccvglobe.bridge.reconcile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.ccvshop.CcvProduct;
import com.ccvglobe.bridge.ccvshop.CcvProducts;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.ops.alerts.Alert;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.ReconcileResults;
import com.ccvglobe.bridge.support.Mask;

/**
 * One reconciliation run (routes/reconcile.camel.yaml): {@link #begin} claims it (one at a time on this instance; the
 * schedule runs on the leader only) and stores it as running; {@link #carryOut} compares the categories configured in
 * {@code bridge.reconcile.categories}, stores the differences, sets the gauges, raises an alert when orders are
 * missing in Globe, and records the CCV and Globe calls it spent (the clients' counters before and after: calls other
 * flows made meanwhile count too). The retention route removes runs older than {@code bridge.retention.activity-days}.
 */
@ApplicationScoped
@Named("reconciliation")
public class Reconciliation {

    /** Alert kind raised when CCV orders in scope have no Globe document. */
    public static final String MISSING_ORDERS = "reconcile-missing-orders";
    private static final Logger LOG = Logger.getLogger(Reconciliation.class);

    private final ReconcileConfig config;
    private final ReconcileResults results;
    private final ReconcileMetrics metrics;
    private final OrderReconciler orders;
    private final StockReconciler stock;
    private final ArticleReconciler articles;
    private final CustomerReconciler customers;
    private final CcvProducts products;
    private final CcvApi ccv;
    private final GlobeEntityClient globe;
    private final Event<Alert> alerts;
    private final AtomicLong running = new AtomicLong();

    public Reconciliation(ReconcileConfig config, ReconcileResults results, ReconcileMetrics metrics, OrderReconciler orders,
            StockReconciler stock, ArticleReconciler articles, CustomerReconciler customers, CcvProducts products, CcvApi ccv,
            GlobeEntityClient globe, Event<Alert> alerts) {
        this.config = config;
        this.results = results;
        this.metrics = metrics;
        this.orders = orders;
        this.stock = stock;
        this.articles = articles;
        this.customers = customers;
        this.products = products;
        this.ccv = ccv;
        this.globe = globe;
        this.alerts = alerts;
    }

    /** Claims and stores a new run; its id, or null when a run is going on this instance. */
    public synchronized Long begin(String trigger) {
        if (running.get() != 0) {
            LOG.infof("reconciliation (%s) not started: run %d is going", trigger, running.get());
            return null;
        }
        Instant now = Instant.now();
        results.failStale(now.minus(Duration.ofHours(6)));
        long id = results.begin(trigger == null ? "api" : trigger, now, now.minus(config.window()));
        running.set(id);
        return id;
    }

    /** The run going on this instance, if any. */
    public Optional<Long> going() {
        long id = running.get();
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    /** Carries out the claimed run {@code runId}; returns its one-line summary. */
    public String carryOut(Long runId) {
        long ccvBefore = ccv.http().callsSent();
        long globeBefore = globe.callsSent();
        try {
            Instant windowFrom = results.run(runId).orElseThrow().windowFrom();
            Map<String, Integer> checked = new LinkedHashMap<>();
            List<ReconcileDifference> found = new ArrayList<>();
            List<String> categories = config.categories();
            if (categories.contains("orders")) {
                found.addAll(orders.reconcile(windowFrom, checked));
            }
            if (categories.contains("stock") || categories.contains("articles")) {
                Map<Long, CcvProduct> shop = new LinkedHashMap<>();
                products.all().forEach(p -> shop.put(p.id(), p));
                checked.put("ccv-products", shop.size());
                if (categories.contains("stock")) {
                    found.addAll(stock.reconcile(shop, checked));
                }
                if (categories.contains("articles")) {
                    found.addAll(articles.reconcile(shop, checked));
                }
            }
            if (categories.contains("customers")) {
                found.addAll(customers.reconcile(checked));
            }
            long ccvCalls = ccv.http().callsSent() - ccvBefore;
            long globeCalls = globe.callsSent() - globeBefore;
            String checkedText = checked.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
            results.finish(runId, found, ccvCalls, globeCalls, checkedText);
            Map<String, Long> counts = results.counts(runId);
            metrics.show(counts);
            long missing = found.stream().filter(d -> "missing".equals(d.kind())).count();
            if (missing > 0) {
                alerts.fire(new Alert(MISSING_ORDERS, "reconcile", "run " + runId, null, missing
                        + " CCV order(s) in scope have no Exact Globe document; see the dashboard's reconciliation or GET "
                        + "/api/reconcile/differences?category=orders&kind=missing"));
            }
            String summary = "reconciliation " + runId + ": " + found.size() + " difference(s) " + counts + ", checked "
                    + checkedText + ", spent " + ccvCalls + " CCV and " + globeCalls + " Globe call(s)";
            LOG.info(summary);
            return summary;
        } catch (RuntimeException e) {
            String message = Mask.text(String.valueOf(e.getMessage()));
            results.fail(runId, message, ccv.http().callsSent() - ccvBefore, globe.callsSent() - globeBefore);
            LOG.warnf("reconciliation %d failed: %s", runId, message);
            throw e;
        } finally {
            running.compareAndSet(runId, 0);
        }
    }
}
