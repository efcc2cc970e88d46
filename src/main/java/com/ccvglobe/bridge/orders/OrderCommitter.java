package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;
import com.ccvglobe.bridge.support.UnansweredWriteException;

/**
 * Commits the document through Globe's TransactionKey procedure and records the Globe number in the link table at once
 * ({@code order}: CCV order id → Globe number), before anything else can fail. Sets the activity's target reference.
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
    /** Set before the first booking call: a redelivery then first asks Globe whether that call went through. */
    static final String ATTEMPTED = "ordersCommitAttempted";
    /** The last booking call was sent but not answered: it may have gone through. */
    static final String UNANSWERED = "ordersCommitUnanswered";
    /** Set before the payment entry is booked: a redelivery then first asks Globe whether it went through. */
    static final String PAYMENT_ATTEMPTED = "ordersPaymentAttempted";

    private final GlobeDocumentWriter writer;
    private final RecordLinks links;
    private final OrdersConfig config;
    private final OrderReferenceCheck references;

    public OrderCommitter(GlobeDocumentWriter writer, RecordLinks links, OrdersConfig config, OrderReferenceCheck references) {
        this.writer = writer;
        this.links = links;
        this.config = config;
        this.references = references;
    }

    public void commit(Exchange exchange) {
        OrderDocument document = exchange.getProperty(OrderDocument.PROPERTY, OrderDocument.class);
        OrderInput input = exchange.getProperty(OrderInput.PROPERTY, OrderInput.class);
        String debtor = exchange.getProperty(OrderDocument.DEBTOR, String.class);
        GlobeDocument created = exchange.getProperty(CREATED, GlobeDocument.class);
        if (created == null) {
            created = bookOnce(exchange, document, debtor);
            exchange.setProperty(CREATED, created);
        }
        String id = String.valueOf(input.order().id());
        // the state store may be away here: the redelivery comes back with CREATED set and only links
        links.link(OrderAlreadyBooked.LINK, id, created.number(), created.transactionKey());
        exchange.setProperty(MessageProperties.TARGET_REF, created.number());
        String what = switch (document.type()) {
            case salesorder -> "sales order ";
            case invoice -> "invoice ";
            case financial -> "entry ";
        };
        StringBuilder summary = new StringBuilder(exchange.getProperty(MessageProperties.SUMMARY, "", String.class))
                .append(" -> Globe ").append(what).append(created.number()).append(" on debtor ").append(debtor)
                .append(Boolean.TRUE.equals(exchange.getProperty(OrderDebtor.CREATED)) ? " (new)" : "");
        if (!created.truncations().isEmpty()) {
            summary.append("; cut to fit: ").append(created.truncations());
        }
        if (document.type() == OrdersConfig.Document.financial && config.financial().bookPayment() && input.order().paid()) {
            GlobeDocument payment = exchange.getProperty(PAYMENT, GlobeDocument.class);
            if (payment == null) {
                payment = payOnce(exchange, document, debtor);
                exchange.setProperty(PAYMENT, payment);
            }
            summary.append("; payment entry ").append(payment.number());
        }
        exchange.setProperty(MessageProperties.SUMMARY, summary.toString());
        LOG.infof("CCV order %s booked in Exact Globe as %s%s", id, what, created.number());
    }

    /**
     * Books the document. When an earlier attempt of this message got no clear answer (a timeout after Globe may
     * have committed), Globe is asked first by YourReference. Invoices cannot be read back: an unanswered invoice is
     * parked for the operator to check in Globe, never booked again blindly.
     */
    private GlobeDocument bookOnce(Exchange exchange, OrderDocument document, String debtor) {
        Optional<GlobeDocument> earlier = earlier(exchange, ATTEMPTED, typeOf(document), () -> references.find(document),
                "attempt");
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (document.type() == OrdersConfig.Document.invoice && Boolean.TRUE.equals(exchange.getProperty(UNANSWERED))) {
            throw new BusinessException(exchange.getProperty(OrderInput.PROPERTY, OrderInput.class).record(),
                    "InvoiceHeader", "Exact Globe did not answer the booking of this invoice, so it may have been booked;"
                    + " Globe cannot be asked (InvoiceHeader is write-only). Look for an invoice with YourReference "
                    + document.yourReference() + " in Globe: if there is one, discard this message, else replay it");
        }
        exchange.setProperty(ATTEMPTED, Boolean.TRUE);
        try {
            GlobeDocument booked = book(writer, document, debtor, config);
            exchange.removeProperty(UNANSWERED);
            return booked;
        } catch (UnansweredWriteException unanswered) {
            exchange.setProperty(UNANSWERED, Boolean.TRUE);
            throw unanswered;
        } catch (RuntimeException failed) {
            exchange.removeProperty(UNANSWERED);
            throw failed;
        }
    }

    /** Books the payment entry; after an attempt without a clear answer, Globe's bank journal is asked first. */
    private GlobeDocument payOnce(Exchange exchange, OrderDocument document, String debtor) {
        return earlier(exchange, PAYMENT_ATTEMPTED, GlobeDocumentType.FINANCIAL_ENTRY,
                () -> references.findPayment(document), "payment entry").orElseGet(() -> {
                    exchange.setProperty(PAYMENT_ATTEMPTED, Boolean.TRUE);
                    return bookPayment(writer, document, debtor, config);
                });
    }

    /** After an attempt of this step ({@code attempted} set), what Globe already holds, looked up; else empty. */
    private static Optional<GlobeDocument> earlier(Exchange exchange, String attempted, GlobeDocumentType type,
            Supplier<Optional<String>> lookUp, String what) {
        if (!Boolean.TRUE.equals(exchange.getProperty(attempted))) {
            return Optional.empty();
        }
        Optional<String> found = lookUp.get();
        found.ifPresent(number -> LOG.infof("CCV order %s: the earlier %s had reached Exact Globe as %s; linking it",
                exchange.getProperty(MessageProperties.KEY), what, number));
        return found.map(number -> new GlobeDocument(type, number, null, List.of()));
    }

    private static GlobeDocumentType typeOf(OrderDocument document) {
        return switch (document.type()) {
            case salesorder -> GlobeDocumentType.SALES_ORDER;
            case invoice -> GlobeDocumentType.INVOICE;
            case financial -> GlobeDocumentType.FINANCIAL_ENTRY;
        };
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
