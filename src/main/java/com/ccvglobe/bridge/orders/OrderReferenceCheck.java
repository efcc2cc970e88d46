package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.apache.camel.Exchange;

import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * The second idempotency layer: when an earlier attempt of the order may have reached Globe ({@link OrderAttempts}:
 * the state store has a booking marker, or the message is a replay), look in Globe for a document with this {@code YourReference}
 * (a sales order header, or a financial entry in the sales journal). Found (an earlier attempt crashed after Globe
 * took the header) → link it and SKIP; in financial mode with the payment entry missing, the commit books the payment
 * alone. Invoices cannot be read back over the entity service ({@code InvoiceHeader} is write-only), so invoice mode
 * relies on the local state alone.
 */
@ApplicationScoped
@Named("orderReferenceCheck")
public class OrderReferenceCheck {

    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final OrdersConfig config;
    private final OrderAttempts attempts;

    public OrderReferenceCheck(GlobeEntityClient globe, RecordLinks links, OrdersConfig config, OrderAttempts attempts) {
        this.globe = globe;
        this.links = links;
        this.config = config;
        this.attempts = attempts;
    }

    /** Whether Globe has the document (body) already; links it and notes the outcome on the message when it has. */
    public boolean alreadyInGlobe(@Body OrderDocument document, Exchange exchange) {
        if (document.type() == OrdersConfig.Document.invoice || !attempts.mayBeInGlobe(exchange)) {
            return false; // invoices cannot be asked about; a first attempt the state store proves: nothing to find
        }
        Optional<String> number = find(document);
        if (number.isEmpty()) {
            return false;
        }
        if (paymentMissing(exchange, document)) {
            // an earlier attempt booked the sale, not the payment (parked in between): commit books the payment alone
            exchange.setProperty(OrderCommitter.CREATED, new GlobeDocument(GlobeDocumentType.FINANCIAL_ENTRY, number.get(),
                    null, List.of()));
            exchange.setProperty(MessageProperties.SUMMARY, exchange.getProperty(MessageProperties.SUMMARY, "", String.class)
                    + " - sales entry found in Exact Globe by YourReference " + document.yourReference() + ", payment missing");
            return false;
        }
        String id = exchange.getProperty(MessageProperties.KEY, String.class);
        links.link(OrderAlreadyBooked.LINK, id, number.get(), null);
        exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
        exchange.setProperty(MessageProperties.TARGET_REF, number.get());
        exchange.setProperty(MessageProperties.SUMMARY, exchange.getProperty(MessageProperties.SUMMARY, "", String.class)
                + " - found in Exact Globe by YourReference " + document.yourReference() + " as " + number.get());
        return true;
    }

    /** The Globe number of the document with this order's reference, if Globe has one (reads only). */
    Optional<String> find(OrderDocument document) {
        return switch (document.type()) {
            case salesorder -> globe.findFirst("SalesOrderHeader", GlobeQuery.where(GlobeFilter.eq("YourReference",
                    document.yourReference())).select("SalesOrderNumber")).map(r -> r.text("SalesOrderNumber"));
            case financial -> entry(document, config.financial().salesJournal());
            case invoice -> Optional.empty();
        };
    }

    /** Financial mode, a paid order whose payment is booked too, and Globe has no payment entry for it. */
    private boolean paymentMissing(Exchange exchange, OrderDocument document) {
        OrderInput input = document.source();
        return document.type() == OrdersConfig.Document.financial && config.financial().bookPayment() && input != null
                && input.order().paid() && findPayment(document).isEmpty();
    }

    /** The entry number of this order's payment in the bank journal (financial mode), if Globe has it (reads only). */
    Optional<String> findPayment(OrderDocument document) {
        return entry(document, config.financial().bankJournal());
    }

    private Optional<String> entry(OrderDocument document, String journal) {
        return globe.findFirst("FinancialHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", document.yourReference())
                .and(GlobeFilter.eq("Journal", journal))).select("EntryNumber")).map(r -> r.text("EntryNumber"));
    }
}
