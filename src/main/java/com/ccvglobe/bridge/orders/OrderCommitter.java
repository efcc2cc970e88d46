package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Commits the document through Globe's TransactionKey procedure (and, in financial mode, the payment entry) and then
 * records the Globe number in the link table ({@code order}: CCV order id → Globe number) before anything else can
 * fail. Sets the activity's target reference.
 * Redelivery-safe: what Globe created is kept on the exchange, so a failed link write (the state store away) is retried
 * without booking again, and a booking call without a clear answer is checked in Globe before it is repeated.
 */
@ApplicationScoped
@Named("orderCommitter")
public class OrderCommitter {

    private static final Logger LOG = Logger.getLogger(OrderCommitter.class);

    /** What Globe created in this message: a redelivery (the link write failed) must not book it again. */
    static final String CREATED = "ordersGlobeDocument";
    static final String PAYMENT = "ordersGlobePayment";

    private final GlobeDocumentWriter writer;
    private final RecordLinks links;
    private final OrdersConfig config;
    private final OrderReferenceCheck references;
    private final BookingOnce once;

    public OrderCommitter(GlobeDocumentWriter writer, RecordLinks links, OrdersConfig config, OrderReferenceCheck references,
            BookingOnce once) {
        this.writer = writer;
        this.links = links;
        this.config = config;
        this.references = references;
        this.once = once;
    }

    /** Books the document (body) once and links it; the body becomes the {@link OrderBooking}. */
    public OrderBooking commit(@Body OrderDocument document, Exchange exchange) {
        OrderInput input = document.source();
        String debtor = document.debtor();
        GlobeDocument created = exchange.getProperty(CREATED, GlobeDocument.class);
        if (created == null) {
            created = bookOnce(exchange, document, debtor);
            exchange.setProperty(CREATED, created);
        }
        GlobeDocument payment = null;
        if (document.type() == OrdersConfig.Document.financial && config.financial().bookPayment() && input.order().paid()) {
            payment = exchange.getProperty(PAYMENT, GlobeDocument.class);
            if (payment == null) {
                payment = payOnce(exchange, document, debtor);
                exchange.setProperty(PAYMENT, payment);
            }
        }
        String id = String.valueOf(input.order().id());
        // Linked once the whole order is in Globe (a stop between the sale and the payment entry is found by the Globe
        // reference check, which then books the payment alone). The state store may be away here: the redelivery
        // comes back with CREATED (and PAYMENT) set and only links.
        links.link(OrderAlreadyBooked.LINK, id, created.number(), created.transactionKey());
        exchange.setProperty(MessageProperties.TARGET_REF, created.number());
        OrderBooking booking = new OrderBooking(input.order().id(), document.type(), document.yourReference(),
                created.number(), debtor, document.debtorCreated(), payment == null ? null : payment.number());
        String what = booking.kind() + " ";
        StringBuilder summary = new StringBuilder(exchange.getProperty(MessageProperties.SUMMARY, "", String.class))
                .append(" -> Globe ").append(what).append(created.number()).append(" on debtor ").append(debtor)
                .append(document.debtorCreated() ? " (new)" : "");
        if (!created.truncations().isEmpty()) {
            summary.append("; cut to fit: ").append(created.truncations());
        }
        if (payment != null) {
            summary.append("; payment entry ").append(payment.number());
        }
        exchange.setProperty(MessageProperties.SUMMARY, summary.toString());
        LOG.infof("CCV order %s booked in Exact Globe as %s%s", id, what, created.number());
        return booking;
    }

    /** The document, once across the attempts of this message (BookingOnce: unanswered calls are asked about). */
    private GlobeDocument bookOnce(Exchange exchange, OrderDocument document, String debtor) {
        OrdersConfig.Document type = document.type();
        return once.book(exchange, new BookingOnce.Booking(type.noun(), type.globeType(), document.yourReference(),
                type == OrdersConfig.Document.invoice ? null : () -> references.find(document),
                () -> book(writer, document, debtor, config)));
    }

    /** The payment entry, once across the attempts of this message. */
    private GlobeDocument payOnce(Exchange exchange, OrderDocument document, String debtor) {
        return once.book(exchange, new BookingOnce.Booking("payment entry", GlobeDocumentType.FINANCIAL_ENTRY,
                document.yourReference(), () -> references.findPayment(document),
                () -> bookPayment(writer, document, debtor, config)));
    }

    /** Writes the document of the configured type; returns what Globe created. */
    static GlobeDocument book(GlobeDocumentWriter writer, OrderDocument document, String debtor, OrdersConfig config) {
        return switch (document.type()) {
            case salesorder -> writer.write(GlobeDocumentType.SALES_ORDER, values(OrderBodies.lines(document)),
                    OrderBodies.header(document, debtor).values());
            case invoice -> writer.write(GlobeDocumentType.INVOICE, values(OrderBodies.lines(document)),
                    OrderBodies.header(document, debtor).values());
            case financial -> writer.write(GlobeDocumentType.FINANCIAL_ENTRY,
                    values(FinancialEntries.salesLines(document, debtor, config.financial())),
                    FinancialEntries.salesHeader(document, debtor, config.financial()).values());
        };
    }

    /** The payment of a paid order as an entry in the bank journal (financial mode). */
    static GlobeDocument bookPayment(GlobeDocumentWriter writer, OrderDocument document, String debtor, OrdersConfig config) {
        return writer.write(GlobeDocumentType.FINANCIAL_ENTRY, values(FinancialEntries.paymentLines(document, debtor,
                config.financial())), FinancialEntries.paymentHeader(document, debtor, config.financial()).values());
    }

    private static List<Map<String, Object>> values(List<DocumentBody> bodies) {
        return bodies.stream().map(DocumentBody::values).toList();
    }
}
