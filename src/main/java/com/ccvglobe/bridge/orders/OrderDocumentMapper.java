package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.ccvshop.CcvAddress;
import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.mapping.AddressLines;
import com.ccvglobe.bridge.mapping.DebtorSettings.DefaultDebtorUse;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.mapping.PaymentMethods.PaymentTerms;
import com.ccvglobe.bridge.mapping.Resolved;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Maps a CCV order (property {@value OrderInput#PROPERTY}) to the Globe document of the configured type (property
 * {@value OrderDocument#PROPERTY}): header fields from the mapping's field rules, payment method and condition,
 * shipping method, cost centre, and the lines with their money. Every choice comes from the mapping in force; where
 * each field came from (rule, table row or flow step) stays on the document for the dry-run preview.
 */
@ApplicationScoped
@Named("orderDocumentMapper")
public class OrderDocumentMapper {

    private final Supplier<Mapping> mappings;
    private final GlobeVatCodes vatCodes;
    private final OrdersConfig config;

    @Inject
    public OrderDocumentMapper(MappingRegistry registry, GlobeVatCodes vatCodes, OrdersConfig config) {
        this(registry::current, vatCodes, config);
    }

    OrderDocumentMapper(Supplier<Mapping> mappings, GlobeVatCodes vatCodes, OrdersConfig config) {
        this.mappings = mappings;
        this.vatCodes = vatCodes;
        this.config = config;
    }

    public void map(Exchange exchange) {
        exchange.setProperty(OrderDocument.PROPERTY, map(exchange.getProperty(OrderInput.PROPERTY, OrderInput.class)));
    }

    OrderDocument map(OrderInput input) {
        Mapping mapping = mappings.get();
        CcvOrder order = input.order();
        String record = input.record();
        CcvCustomer customer = order.customer();
        if (customer == null || customer.billingaddress() == null) {
            throw new BusinessException(record, "customer", "the order has no customer or billing address");
        }
        boolean onDefaultDebtor = onDefaultDebtor(mapping, order, customer);
        if (!onDefaultDebtor && (customer.email() == null || customer.email().isBlank())) {
            throw new BusinessException(record, "customer.email",
                    "the order has no customer e-mail address; debtors are found by e-mail (or book on the default debtor)");
        }
        String country = OrderCountries.of(customer, record);
        boolean intraCommunity = Boolean.TRUE.equals(order.isIntraCommunityOrder());
        boolean export = !intraCommunity && !OrderCountries.inEu(country);
        String customerType = customer.isCompany() ? "b2b" : "b2c";
        MappingContext context = MappingContext.of(record).withCountry(country).withCustomerType(customerType);
        PaymentTerms terms = mapping.paymentMethods().forPaymethod(order.paymethod(), record);
        Resolved costCentre = mapping.costCentres().resolve(null, country, order.paymethod()).orElse(null);
        Resolved costUnit = mapping.costUnits().resolve(null, country, order.paymethod()).orElse(null);

        OrdersConfig.Document type = config.document();
        String headerPart = switch (type) {
            case salesorder -> "orders.header";
            case invoice -> "orders.invoice-header";
            case financial -> "orders.financial-header";
        };
        DocumentBody header = mapping.entity(headerPart).isPresent()
                ? DocumentBody.of(FieldMapper.apply(mapping, headerPart, OrderJson.tree(order), context))
                : new DocumentBody();
        Object reference = header.get("YourReference");
        String yourReference = reference == null || reference.toString().isBlank()
                ? firstNonBlank(order.ordernumberFull(), String.valueOf(order.id())) : reference.toString();
        if (reference == null || reference.toString().isBlank()) {
            header.byFlow("YourReference", yourReference, "the CCV order number (ordernumber_full), else the order id");
        } else {
            header.put("YourReference", yourReference, header.source("YourReference"));
        }
        if (type != OrdersConfig.Document.financial) {
            Resolved termsRow = new Resolved(terms.method(), terms.key(), terms.origin());
            header.put("PaymentCondition", terms.condition(), DocumentBody.table("PaymentCondition", termsRow));
            header.put("PaymentMethod", terms.method(), DocumentBody.table("PaymentMethod", termsRow));
            header.fromTable("ShippingVia", mapping.shippingMethods().resolve(order.deliveryOption(), order.deliverMethod(),
                    record));
        }
        if (costCentre != null) {
            header.fromTable("CostCenter", costCentre);
        }
        if (type == OrdersConfig.Document.invoice) {
            header.byFlow("InvoiceCode", config.invoice().invoiceCode(), "bridge.orders.invoice.invoice-code");
        }
        if (onDefaultDebtor && type != OrdersConfig.Document.financial) {
            ShopperAddresses.onHeader(header, type, customer, record);
        }
        String linePart = switch (type) {
            case salesorder -> "orders.line";
            case invoice -> "orders.invoice-line";
            case financial -> null;
        };
        String itemField = type == OrdersConfig.Document.invoice ? "ItemCode" : "Itemcode";
        List<DocumentLine> lines = new OrderLines(mapping, vatCodes, config, input, context, country, costUnit)
                .build(linePart != null && mapping.entity(linePart).isPresent() ? linePart : null, itemField);
        BigDecimal total = lines.stream().map(DocumentLine::amountIncludingVat).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> skus = lines.stream().map(DocumentLine::item).distinct().toList();
        Resolved revenueAccount = mapping.revenueAccounts().resolve(country, intraCommunity, export);
        return new OrderDocument(type, yourReference, header.values(), lines, customer, onDefaultDebtor,
                mapping.debtors().defaultDebtor(), country, intraCommunity, export, terms,
                costCentre == null ? null : costCentre.value(), revenueAccount.value(), total, skus, header.provenance(),
                DocumentBody.table("GLAccount", revenueAccount));
    }

    private boolean onDefaultDebtor(Mapping mapping, CcvOrder order, CcvCustomer customer) {
        if (config.defaultDebtor()) {
            return true;
        }
        DefaultDebtorUse use = mapping.debtors().defaultDebtorUse();
        return switch (use) {
            case ALL -> true;
            case B2C -> !customer.isCompany();
            case GUESTS -> order.user() == null || order.user().id() == null || order.user().id().isBlank();
            case NEVER -> false;
        };
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b;
    }

    /** The shopper's addresses on the document's address blocks, for orders booked on the default debtor. */
    static final class ShopperAddresses {

        private ShopperAddresses() {
        }

        static void onHeader(DocumentBody header, OrdersConfig.Document type, CcvCustomer customer, String record) {
            CcvAddress billing = customer.billingaddress();
            String name = firstNonBlank(billing.company(), billing.fullName());
            boolean order = type == OrdersConfig.Document.salesorder;
            for (String block : List.of("Order", "Invoice")) {
                String prefix = order ? block + "Debtor" : block;
                put(header, (order ? prefix : block + "Debtor") + "Name", name);
                street(header, prefix + (order ? "Address" : "AddressLine"), billing.addressLine1(), record);
                put(header, prefix + "PostCode", billing.zipcode());
                put(header, prefix + "City", billing.city());
                put(header, prefix + "CountryCode", billing.countryCode() == null ? null : billing.countryCode().toUpperCase());
                put(header, prefix + (order ? "Phone" : "Phone"), billing.telephone());
            }
            put(header, order ? "InvoiceDebtorContactEmail" : "InvoiceContactEmail",
                    customer.email() == null ? null : customer.email().trim().toLowerCase());
        }

        /** The street over the block's three address lines (100 characters each), broken between words. */
        private static void street(DocumentBody header, String field, String value, String record) {
            if (value == null || value.isBlank()) {
                return;
            }
            List<String> lines = AddressLines.wrap(value, 100, 3).orElseThrow(() -> new BusinessException(record, field + "1",
                    "the billing street has " + value.trim().length() + " characters and does not fit in " + field + "1.."
                            + field + "3 (3 lines of at most 100 characters, broken between words)"));
            for (int i = 0; i < lines.size(); i++) {
                put(header, field + (i + 1), lines.get(i));
            }
        }

        private static void put(DocumentBody header, String field, String value) {
            if (value != null && !value.isBlank()) {
                header.byFlowIfAbsent(field, value.trim(), "the shopper's billing address (order on the default debtor)");
            }
        }
    }
}
