package com.ccvglobe.bridge.orders;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Commits the document through Globe's TransactionKey procedure and records the Globe number in the link table at once
 * ({@code order}: CCV order id → Globe number), before anything else can fail. Sets the activity's target reference.
 */
@ApplicationScoped
@Named("orderCommitter")
public class OrderCommitter {

    private static final Logger LOG = Logger.getLogger(OrderCommitter.class);

    private final GlobeDocumentWriter writer;
    private final RecordLinks links;
    private final OrdersConfig config;

    public OrderCommitter(GlobeDocumentWriter writer, RecordLinks links, OrdersConfig config) {
        this.writer = writer;
        this.links = links;
        this.config = config;
    }

    public void commit(Exchange exchange) {
        OrderDocument document = exchange.getProperty(OrderDocument.PROPERTY, OrderDocument.class);
        OrderInput input = exchange.getProperty(OrderInput.PROPERTY, OrderInput.class);
        String debtor = exchange.getProperty(OrderDocument.DEBTOR, String.class);
        GlobeDocument created = book(writer, document, debtor, config);
        String id = String.valueOf(input.order().id());
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
            GlobeDocument payment = bookPayment(writer, document, debtor, config);
            summary.append("; payment entry ").append(payment.number());
        }
        exchange.setProperty(MessageProperties.SUMMARY, summary.toString());
        LOG.infof("CCV order %s booked in Exact Globe as %s%s", id, what, created.number());
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
