package com.ccvglobe.bridge.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvOrderUpdate;
import com.ccvglobe.bridge.ccvshop.CcvOrders;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.state.SyncCursors;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.Mask;

/**
 * Order status back to CCV: reads Globe's delivery notes ({@code OrderHistoryHeader}) and invoices
 * ({@code InvoiceHistoryHeader}) since the cursor (minus a day of overlap), finds the CCV order through the link table,
 * and PATCHes CCV once per transition: delivered → {@code status-sync.delivered-status} with the track &amp; trace code from
 * the configured Globe field; invoiced → {@code status-sync.completed-status}. What was sent is kept in
 * {@code LastSentValues} (flow {@code order-status}), so a transition is never sent twice and never backwards.
 */
@ApplicationScoped
@Named("orderStatusSync")
public class OrderStatusSync {

    static final String FLOW = "order-status";
    static final String CURSOR = "order-status.since";
    private static final Logger LOG = Logger.getLogger(OrderStatusSync.class);
    private static final List<String> RANK = List.of("open", "delivered", "completed");

    private record Transition(String ccvId, String globeNumber, String state, String trackAndTrace) {
    }

    private final GlobeEntityClient globe;
    private final CcvOrders ccv;
    private final RecordLinks links;
    private final LastSentValues sent;
    private final SyncCursors cursors;
    private final ActivityLog activity;
    private final OrdersConfig config;

    public OrderStatusSync(GlobeEntityClient globe, CcvOrders ccv, RecordLinks links, LastSentValues sent, SyncCursors cursors,
            ActivityLog activity, OrdersConfig config) {
        this.globe = globe;
        this.ccv = ccv;
        this.links = links;
        this.sent = sent;
        this.cursors = cursors;
        this.activity = activity;
        this.config = config;
    }

    /** One pass; returns how many CCV orders were updated. */
    public int sync() {
        if (config.document() != OrdersConfig.Document.salesorder) {
            return 0;
        }
        OrdersConfig.StatusSync settings = config.statusSync();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant since = cursors.current(CURSOR).map(Instant::parse).orElse(started.minus(settings.watchFor()))
                .minus(Duration.ofDays(1));
        SyncCursors.PendingCursor next = cursors.propose(CURSOR, started.toString());
        Map<String, Transition> transitions = new LinkedHashMap<>();
        List<String> deliverySelect = new ArrayList<>(List.of("SalesOrderNumber", "DeliveryNoteNumber", "DeliveryDate"));
        settings.trackAndTraceField().ifPresent(deliverySelect::add);
        for (GlobeRecord delivery : globe.find("OrderHistoryHeader", GlobeQuery.where(GlobeFilter.ge("DeliveryDate", since))
                .select(deliverySelect.toArray(String[]::new)))) {
            note(transitions, delivery.text("SalesOrderNumber"), "delivered",
                    settings.trackAndTraceField().map(delivery::text).orElse(null));
        }
        for (GlobeRecord invoice : globe.find("InvoiceHistoryHeader", GlobeQuery.where(GlobeFilter.ge("InvoiceDate", since))
                .select("SalesOrderNumber", "InvoiceNumber", "InvoiceDate"))) {
            note(transitions, invoice.text("SalesOrderNumber"), "completed", null);
        }
        int updated = 0;
        for (Transition transition : transitions.values()) {
            String last = sent.get(FLOW, transition.ccvId()).orElse("open");
            if (RANK.indexOf(transition.state()) <= RANK.indexOf(last)) {
                continue;
            }
            try {
                send(transition, settings);
                updated++;
            } catch (BusinessException e) {
                LOG.warnf("CCV refused the status of order %s (Globe sales order %s %s): %s", transition.ccvId(),
                        transition.globeNumber(), transition.state(), Mask.text(e.getMessage()));
            }
        }
        next.confirmWritten();
        return updated;
    }

    private void note(Map<String, Transition> transitions, String salesOrderNumber, String state, String trackAndTrace) {
        if (salesOrderNumber == null || salesOrderNumber.isBlank()) {
            return;
        }
        String number = salesOrderNumber.trim().replaceFirst("^0+(?=\\d)", "");
        links.byGlobeKey(OrderAlreadyBooked.LINK, number).ifPresent(link -> {
            Transition known = transitions.get(link.ccvId());
            if (known == null || RANK.indexOf(state) > RANK.indexOf(known.state())) {
                transitions.put(link.ccvId(), new Transition(link.ccvId(), number, state,
                        trackAndTrace != null ? trackAndTrace : known == null ? null : known.trackAndTrace()));
            }
        });
    }

    private void send(Transition t, OrdersConfig.StatusSync settings) {
        Instant at = Instant.now();
        long id = Long.parseLong(t.ccvId());
        int status = "delivered".equals(t.state()) ? settings.deliveredStatus() : settings.completedStatus();
        String code = t.trackAndTrace() == null || t.trackAndTrace().isBlank() ? null : t.trackAndTrace().trim();
        ccv.update(id, new CcvOrderUpdate(status, null, code, code == null ? null : settings.carrier().orElse(null), null,
                settings.mail()));
        sent.recordSent(FLOW, t.ccvId(), t.state());
        activity.append(new ActivityEntry(null, FLOW, t.ccvId(), ActivityStatus.COMMITTED, 1, at, Instant.now(), t.globeNumber(),
                null, null, null, "Globe sales order " + t.globeNumber() + " " + t.state() + " -> CCV status " + status
                        + (code == null ? "" : " with track & trace")));
        LOG.infof("CCV order %s set to status %d (Globe sales order %s %s)", t.ccvId(), status, t.globeNumber(), t.state());
    }
}
