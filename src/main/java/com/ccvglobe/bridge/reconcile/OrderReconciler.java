package com.ccvglobe.bridge.reconcile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderFilter;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.orders.OrdersConfig;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * Orders and totals: every CCV order in scope (the orders flow's statuses and only-paid, created within
 * {@code bridge.reconcile.window}) must have exactly one Globe document with its reference ({@code YourReference}:
 * {@code ordernumber_full}, else the order id, as the orders flow writes it); a missing one is reported with what the
 * bridge knows of it, a Globe document with a web reference that no CCV order (and no booking of the bridge) explains
 * is reported too, and so is a Globe total that differs from the CCV total beyond {@code bridge.orders.rounding.tolerance}.
 */
@ApplicationScoped
public class OrderReconciler {

    static final String FLOW = "orders";
    static final String LINK = "order";
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final CcvOrders ccv;
    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final ParkedMessages parked;
    private final ActivityLog activity;
    private final OrdersConfig orders;
    private final ReconcileConfig config;

    public OrderReconciler(CcvOrders ccv, GlobeEntityClient globe, RecordLinks links, ParkedMessages parked, ActivityLog activity,
            OrdersConfig orders, ReconcileConfig config) {
        this.ccv = ccv;
        this.globe = globe;
        this.links = links;
        this.parked = parked;
        this.activity = activity;
        this.orders = orders;
        this.config = config;
    }

    /** The findings of both categories; {@code checked} gets the number of CCV orders and Globe documents looked at. */
    public List<ReconcileDifference> reconcile(Instant windowFrom, Map<String, Integer> checked) {
        Map<String, CcvOrder> byReference = new LinkedHashMap<>();
        for (CcvOrder order : inScope(windowFrom)) {
            byReference.putIfAbsent(reference(order), order);
        }
        Map<String, List<GlobeRecord>> documents = globeDocuments(windowFrom);
        checked.put("orders", byReference.size());
        checked.put("globe-documents", documents.values().stream().mapToInt(List::size).sum());

        List<ReconcileDifference> found = new ArrayList<>();
        Instant graceEnd = Instant.now().minus(config.grace());
        for (Map.Entry<String, CcvOrder> entry : byReference.entrySet()) {
            CcvOrder order = entry.getValue();
            List<GlobeRecord> docs = documents.getOrDefault(entry.getKey(), List.of());
            if (docs.isEmpty()) {
                missing(order, entry.getKey(), graceEnd).ifPresent(found::add);
            } else {
                total(order, docs.get(0)).ifPresent(found::add);
            }
        }
        Set<String> prefixes = byReference.values().stream().map(CcvOrder::ordernumberPrefix)
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.toSet());
        documents.forEach((reference, docs) -> {
            boolean explained = byReference.containsKey(reference);
            for (GlobeRecord doc : docs) {
                String number = number(doc);
                Optional<RecordLink> link = links.byGlobeKey(LINK, number);
                if (!explained && link.isEmpty() && isWebReference(reference, prefixes)) {
                    found.add(new ReconcileDifference(null, 0, Category.orders.name(), "unexplained", number, null,
                            "YourReference " + reference, "no CCV order in scope has this reference, and the bridge did not"
                                    + " book it (entered in Globe by hand?)", null));
                } else if (explained && docs.size() > 1 && link.isEmpty()) {
                    found.add(new ReconcileDifference(null, 0, Category.orders.name(), "duplicate", number,
                            "order " + byReference.get(reference).id(), "YourReference " + reference, docs.size()
                                    + " Globe documents carry this reference; the bridge booked another one", null));
                }
            }
        });
        return found;
    }

    private List<CcvOrder> inScope(Instant windowFrom) {
        List<Integer> statuses = orders.statuses().filter(s -> !s.isEmpty()).map(List::copyOf)
                .orElseGet(() -> java.util.Collections.singletonList(null));
        Map<Long, CcvOrder> found = new LinkedHashMap<>();
        for (Integer status : statuses) {
            for (CcvOrder order : ccv.list(new CcvOrderFilter(status, orders.onlyPaid() ? Boolean.TRUE : null,
                    windowFrom.toString(), null, null, "id"))) {
                found.putIfAbsent(order.id(), order);
            }
        }
        return new ArrayList<>(found.values());
    }

    /** The reference the orders flow writes as YourReference (the mapping's default). */
    static String reference(CcvOrder order) {
        return order.ordernumberFull() != null && !order.ordernumberFull().isBlank() ? order.ordernumberFull().trim()
                : String.valueOf(order.id());
    }

    /** Globe documents of the configured kind dated in the window, by YourReference (blank references left out). */
    private Map<String, List<GlobeRecord>> globeDocuments(Instant windowFrom) {
        Map<String, List<GlobeRecord>> byReference = new HashMap<>();
        switch (orders.document()) {
            case salesorder -> globe.findEach("SalesOrderHeader", GlobeQuery.where(GlobeFilter.ge("SalesOrderDate", dayBefore(windowFrom)))
                    .select("SalesOrderNumber", "YourReference", "TotalAmount"), doc -> add(byReference, doc));
            case financial -> globe.findEach("FinancialHeader", GlobeQuery.where(GlobeFilter.eq("Journal",
                    orders.financial().salesJournal()).and(GlobeFilter.ge("EntryDate", dayBefore(windowFrom))))
                    .select("EntryNumber", "YourReference"), doc -> add(byReference, doc));
            case invoice -> {
                // InvoiceHeader is write-only over the entity service: Globe's side cannot be read (docs/reconcile.md)
            }
        }
        return byReference;
    }

    /** Globe may keep the document date without the time: a day's margin, the links tell older bookings apart. */
    private static Instant dayBefore(Instant windowFrom) {
        return windowFrom.minus(java.time.Duration.ofDays(1));
    }

    private static void add(Map<String, List<GlobeRecord>> byReference, GlobeRecord doc) {
        String reference = doc.text("YourReference");
        if (reference != null && !reference.isBlank()) {
            byReference.computeIfAbsent(reference.trim(), k -> new ArrayList<>()).add(doc);
        }
    }

    private boolean isWebReference(String reference, Set<String> prefixes) {
        Optional<String> pattern = config.referencePattern();
        if (pattern.isPresent()) {
            return reference.matches(pattern.get());
        }
        return DIGITS.matcher(reference).matches() || prefixes.stream().anyMatch(reference::startsWith);
    }

    private static String number(GlobeRecord doc) {
        String number = doc.text("SalesOrderNumber");
        return number != null ? number : doc.text("EntryNumber");
    }

    private Optional<ReconcileDifference> missing(CcvOrder order, String reference, Instant graceEnd) {
        String key = String.valueOf(order.id());
        if (orders.document() == OrdersConfig.Document.invoice && links.byCcvId(LINK, key).isPresent()) {
            return Optional.empty(); // invoices cannot be read back: a booking the bridge recorded is all there is to check
        }
        Optional<ParkedMessage> parkedMessage = parked.byKey(FLOW, key);
        String ccvValue = "order " + reference + ", " + order.totalPrice() + " " + (order.currency() == null ? "" : order.currency());
        if (parkedMessage.isPresent()) {
            return Optional.of(missing(key, ccvValue, "parked: " + parkedMessage.get().reason(), "replay:" + parkedMessage.get().id()));
        }
        List<ActivityEntry> latest = activity.find(FLOW, null, key, null, null, 1);
        Optional<RecordLink> link = links.byCcvId(LINK, key);
        if (link.isPresent()) {
            return Optional.of(missing(key, ccvValue, "booked by the bridge as " + link.get().globeKey() + " on "
                    + link.get().createdAt() + ", but Exact Globe has no document with its reference any more (deleted?)", null));
        }
        if (latest.isEmpty()) {
            Instant created = createdAt(order);
            if (created != null && created.isAfter(graceEnd)) {
                return Optional.empty();
            }
            return Optional.of(missing(key, ccvValue, "never seen by the bridge", "sync-order"));
        }
        ActivityEntry last = latest.get(0);
        if (last.finishedAt() != null && last.finishedAt().isAfter(graceEnd) && last.status().name().equals("RECEIVED")) {
            return Optional.empty();
        }
        return Optional.of(missing(key, ccvValue, last.status().name().toLowerCase() + " on " + last.finishedAt() + ": "
                + (last.errorMessage() != null ? last.errorMessage() : last.summary()), "sync-order"));
    }

    private static ReconcileDifference missing(String key, String ccvValue, String reason, String action) {
        return new ReconcileDifference(null, 0, Category.orders.name(), "missing", key, ccvValue, null, reason, action);
    }

    private Optional<ReconcileDifference> total(CcvOrder order, GlobeRecord doc) {
        BigDecimal globeTotal = doc.number("TotalAmount");
        if (globeTotal == null || order.totalPrice() == null) {
            return Optional.empty();
        }
        BigDecimal difference = globeTotal.subtract(order.totalPrice()).abs();
        if (difference.compareTo(orders.rounding().tolerance()) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new ReconcileDifference(null, 0, Category.totals.name(), "total", String.valueOf(order.id()),
                order.totalPrice().toPlainString(), globeTotal.toPlainString() + " (" + number(doc) + ")",
                "differs by " + difference.toPlainString() + ", more than the rounding tolerance "
                        + orders.rounding().tolerance().toPlainString(), null));
    }

    private static Instant createdAt(CcvOrder order) {
        try {
            return order.createDate() == null ? null : java.time.OffsetDateTime.parse(order.createDate()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
