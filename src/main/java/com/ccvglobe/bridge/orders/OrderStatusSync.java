package com.ccvglobe.bridge.orders;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * and PATCHes CCV once per transition: delivered → {@code status-sync.delivered-status} with the track &amp; trace code
 * ({@link TrackAndTraceCodes}); invoiced → {@code status-sync.completed-status}. What was sent is kept in
 * {@code LastSentValues}: flow {@code order-status} (the state), so a transition is never sent twice and never backwards,
 * and flow {@code order-track-trace} (the code sent, or empty while none was found). An order sent without a code is
 * looked at again for {@code status-sync.track-and-trace-wait}: the first code that appears is sent in exactly one more
 * PATCH, never again.
 */
@ApplicationScoped
@Named("orderStatusSync")
public class OrderStatusSync {

    static final String FLOW = "order-status";
    static final String TRACK_AND_TRACE = "order-track-trace";
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
    private final TrackAndTraceCodes codes;

    public OrderStatusSync(GlobeEntityClient globe, CcvOrders ccv, RecordLinks links, LastSentValues sent, SyncCursors cursors,
            ActivityLog activity, OrdersConfig config, TrackAndTraceCodes codes) {
        this.globe = globe;
        this.ccv = ccv;
        this.links = links;
        this.sent = sent;
        this.cursors = cursors;
        this.activity = activity;
        this.config = config;
        this.codes = codes;
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
        Optional<String> deliveryField = codes.field().filter(f -> f.entity().equals(TrackAndTraceField.DELIVERY))
                .map(TrackAndTraceField::field);
        List<String> deliverySelect = new ArrayList<>(List.of("SalesOrderNumber", "DeliveryNoteNumber", "DeliveryDate"));
        deliveryField.ifPresent(deliverySelect::add);
        for (GlobeRecord delivery : globe.find("OrderHistoryHeader", GlobeQuery.where(GlobeFilter.ge("DeliveryDate", since))
                .select(deliverySelect.toArray(String[]::new)))) {
            note(transitions, delivery.text("SalesOrderNumber"), "delivered", deliveryField.map(delivery::text).orElse(null));
        }
        for (GlobeRecord invoice : globe.find("InvoiceHistoryHeader", GlobeQuery.where(GlobeFilter.ge("InvoiceDate", since))
                .select("SalesOrderNumber", "InvoiceNumber", "InvoiceDate"))) {
            note(transitions, invoice.text("SalesOrderNumber"), "completed", null);
        }
        List<Transition> due = new ArrayList<>();
        for (Transition transition : transitions.values()) {
            String last = sent.get(FLOW, transition.ccvId()).orElse("open");
            if (RANK.indexOf(transition.state()) > RANK.indexOf(last)) {
                due.add(transition);
            }
        }
        Map<String, String> trackAndTrace = codes.field().isEmpty() ? Map.of()
                : sent.sentSince(TRACK_AND_TRACE, started.minus(settings.trackAndTraceWait()));
        Map<String, String> waiting = new LinkedHashMap<>();
        trackAndTrace.forEach((ccvId, code) -> {
            if (code.isEmpty()) {
                links.byCcvId(OrderAlreadyBooked.LINK, ccvId).ifPresent(link -> waiting.put(ccvId, link.globeKey()));
            }
        });
        Map<String, TrackAndTraceCodes.Code> found = lookUp(due, waiting, trackAndTrace);
        int updated = 0;
        for (Transition transition : due) {
            boolean codeSent = codes.field().isPresent()
                    && sent.get(TRACK_AND_TRACE, transition.ccvId()).filter(c -> !c.isEmpty()).isPresent();
            TrackAndTraceCodes.Code code = codeSent ? null : found.get(transition.globeNumber());
            try {
                send(transition.ccvId(), transition.globeNumber(), transition.state(), code, settings, "");
                waiting.remove(transition.ccvId());
                updated++;
            } catch (BusinessException e) {
                refused(transition.ccvId(), transition.globeNumber(), transition.state(), e);
            }
        }
        for (Map.Entry<String, String> order : waiting.entrySet()) {
            TrackAndTraceCodes.Code code = found.get(TrackAndTraceCodes.number(order.getValue()));
            String state = sent.get(FLOW, order.getKey()).orElse(null);
            if (code == null || state == null || RANK.indexOf(state) < 1) {
                continue;
            }
            try {
                send(order.getKey(), TrackAndTraceCodes.number(order.getValue()), state, code, settings, ", track & trace found later");
                updated++;
            } catch (BusinessException e) {
                refused(order.getKey(), order.getValue(), state, e);
            }
        }
        next.confirmWritten();
        return updated;
    }

    /** The codes the due transitions and the waiting orders need: from the delivery notes read, else from Globe. */
    private Map<String, TrackAndTraceCodes.Code> lookUp(List<Transition> due, Map<String, String> waiting,
            Map<String, String> trackAndTrace) {
        if (codes.field().isEmpty()) {
            return Map.of();
        }
        Map<String, String> fromDeliveries = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (Transition t : due) {
            Optional<String> code = TrackAndTraceCodes.code(t.trackAndTrace());
            if (code.isPresent()) {
                fromDeliveries.put(t.globeNumber(), code.get());
            } else if (trackAndTrace.getOrDefault(t.ccvId(), "").isEmpty()) {
                wanted.add(t.globeNumber());
            }
        }
        waiting.values().forEach(number -> wanted.add(TrackAndTraceCodes.number(number)));
        wanted.removeAll(fromDeliveries.keySet());
        Map<String, TrackAndTraceCodes.Code> found = new HashMap<>(codes.read(wanted));
        if (!fromDeliveries.isEmpty()) {
            found.putAll(codes.withCarriers(fromDeliveries));
        }
        return found;
    }

    private void note(Map<String, Transition> transitions, String salesOrderNumber, String state, String trackAndTrace) {
        if (salesOrderNumber == null || salesOrderNumber.isBlank()) {
            return;
        }
        String number = TrackAndTraceCodes.number(salesOrderNumber);
        links.byGlobeKey(OrderAlreadyBooked.LINK, number).ifPresent(link -> {
            Transition known = transitions.get(link.ccvId());
            if (known == null || RANK.indexOf(state) > RANK.indexOf(known.state())) {
                transitions.put(link.ccvId(), new Transition(link.ccvId(), number, state,
                        TrackAndTraceCodes.code(trackAndTrace).orElse(known == null ? null : known.trackAndTrace())));
            }
        });
    }

    private void send(String ccvId, String globeNumber, String state, TrackAndTraceCodes.Code code,
            OrdersConfig.StatusSync settings, String why) {
        Instant at = Instant.now();
        long id = Long.parseLong(ccvId);
        int status = "delivered".equals(state) ? settings.deliveredStatus() : settings.completedStatus();
        ccv.update(id, new CcvOrderUpdate(status, null, code == null ? null : code.code(), code == null ? null : code.carrier(),
                null, settings.mail()));
        sent.recordSent(FLOW, ccvId, state);
        if (codes.field().isPresent() && (code != null || sent.get(TRACK_AND_TRACE, ccvId).isEmpty())) {
            sent.recordSent(TRACK_AND_TRACE, ccvId, code == null ? "" : code.code());
        }
        activity.append(new ActivityEntry(null, FLOW, ccvId, ActivityStatus.COMMITTED, 1, at, Instant.now(), globeNumber,
                null, null, null, "Globe sales order " + globeNumber + " " + state + " -> CCV status " + status
                        + (code == null ? "" : " with track & trace" + (code.carrier() == null ? "" : " (" + code.carrier() + ")"))
                        + why));
        LOG.infof("CCV order %s set to status %d (Globe sales order %s %s%s%s)", ccvId, status, globeNumber, state,
                code == null ? "" : ", with track & trace", why);
    }

    private static void refused(String ccvId, String globeNumber, String state, BusinessException e) {
        LOG.warnf("CCV refused the status of order %s (Globe sales order %s %s): %s", ccvId, globeNumber, state,
                Mask.text(e.getMessage()));
    }
}
