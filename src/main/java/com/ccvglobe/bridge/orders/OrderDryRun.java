package com.ccvglobe.bridge.orders;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

import com.ccvglobe.bridge.customers.DebtorPlan;
import com.ccvglobe.bridge.customers.DebtorResolver;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.mapping.BodyPreview;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * The orders flow's dry run ({@code POST /api/preview/orders/{ccvOrderId}}): runs the flow's own beans on a scratch
 * exchange up to the first write (booked before? fetch, qualify, sanity, map, Globe reference check, article check)
 * and asks the debtor resolver and the body builders what they would send. Reads CCV and Globe; writes nothing anywhere: no
 * claim, link, activity row, debtor, document or CCV status.
 */
@ApplicationScoped
public class OrderDryRun {

    private final CamelContext camel;
    private final OrderAlreadyBooked alreadyBooked;
    private final OrderLoader loader;
    private final OrderQualifier qualifier;
    private final OrderSanity sanity;
    private final OrderDocumentMapper mapper;
    private final OrderReferenceCheck referenceCheck;
    private final OrderArticleCheck articleCheck;
    private final DebtorResolver debtors;
    private final OrdersConfig config;

    public OrderDryRun(CamelContext camel, OrderAlreadyBooked alreadyBooked, OrderLoader loader, OrderQualifier qualifier,
            OrderSanity sanity, OrderDocumentMapper mapper, OrderReferenceCheck referenceCheck, OrderArticleCheck articleCheck,
            DebtorResolver debtors, OrdersConfig config) {
        this.camel = camel;
        this.alreadyBooked = alreadyBooked;
        this.loader = loader;
        this.qualifier = qualifier;
        this.sanity = sanity;
        this.mapper = mapper;
        this.referenceCheck = referenceCheck;
        this.articleCheck = articleCheck;
        this.debtors = debtors;
        this.config = config;
    }

    /**
     * @throws BusinessException when the order cannot even be read (an id that is not a number)
     */
    public OrderPreview preview(String ccvOrderId) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(MessageProperties.KEY, ccvOrderId);
        exchange.getMessage().setBody(ccvOrderId);
        String type = config.document().name();
        if (alreadyBooked.check(exchange)) {
            return new OrderPreview(ccvOrderId, "order " + ccvOrderId, "already booked",
                    exchange.getProperty(MessageProperties.SUMMARY, String.class),
                    exchange.getProperty(MessageProperties.TARGET_REF, String.class), type, null, null);
        }
        OrderInput input = loader.load(ccvOrderId, ccvOrderId);
        String record = input.record();
        String notQualified = qualifier.reason(input);
        if (notQualified != null) {
            return new OrderPreview(ccvOrderId, record, "not qualified", notQualified, null, type, null, null);
        }
        OrderDocument document;
        try {
            sanity.check(input);
            document = mapper.map(input);
        } catch (BusinessException e) {
            return new OrderPreview(ccvOrderId, record, "would park", e.getMessage(), null, type, null, null);
        }
        String found = referenceCheck.find(document).orElse(null);
        if (found != null) {
            return new OrderPreview(ccvOrderId, record, "found in Globe", "found in Exact Globe by YourReference "
                    + document.yourReference() + " as " + found + "; the flow would link it and book nothing", found, type,
                    null, null);
        }
        String refusal = null;
        try {
            articleCheck.check(document);
        } catch (BusinessException e) {
            refusal = e.getMessage();
        }
        OrderPreview.Debtor debtor = null;
        try {
            debtor = debtor(document, input);
        } catch (BusinessException e) {
            refusal = refusal == null ? e.getMessage() : refusal;
        }
        String number = debtor == null ? null : debtor.number();
        return new OrderPreview(ccvOrderId, record, refusal == null ? "would book" : "would park", refusal, null, type,
                debtor, documents(document, number, input));
    }

    private OrderPreview.Debtor debtor(OrderDocument document, OrderInput input) {
        if (document.onDefaultDebtor()) {
            return new OrderPreview.Debtor(document.defaultDebtor(), "default debtor", null, null, null);
        }
        DebtorPlan plan = debtors.plan(document.customer(), input.record(), document.paymentTerms().condition());
        return new OrderPreview.Debtor(plan.number(), plan.how(), plan.account() == null ? null : BodyPreview.of(plan.account()),
                plan.contact() == null ? null : BodyPreview.of(plan.contact()), plan.updates());
    }

    private List<OrderPreview.Document> documents(OrderDocument document, String debtor, OrderInput input) {
        List<OrderPreview.Document> documents = new ArrayList<>();
        switch (document.type()) {
            case salesorder -> documents.add(document(GlobeDocumentType.SALES_ORDER, OrderBodies.header(document, debtor),
                    OrderBodies.lines(document)));
            case invoice -> documents.add(document(GlobeDocumentType.INVOICE, OrderBodies.header(document, debtor),
                    OrderBodies.lines(document)));
            case financial -> {
                documents.add(document(GlobeDocumentType.FINANCIAL_ENTRY, FinancialEntries.salesHeader(document, debtor,
                        config.financial()), FinancialEntries.salesLines(document, debtor, config.financial())));
                if (config.financial().bookPayment() && input.order().paid()) {
                    documents.add(document(GlobeDocumentType.FINANCIAL_ENTRY, FinancialEntries.paymentHeader(document, debtor,
                            config.financial()), FinancialEntries.paymentLines(document, debtor, config.financial())));
                }
            }
        }
        return documents;
    }

    private static OrderPreview.Document document(GlobeDocumentType type, DocumentBody header, List<DocumentBody> lines) {
        return new OrderPreview.Document(type.headerEntity(), type.lineEntity(), BodyPreview.of(header),
                lines.stream().map(BodyPreview::of).toList());
    }
}
