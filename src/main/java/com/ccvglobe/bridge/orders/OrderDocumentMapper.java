package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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
 * Maps a CCV order (the body) to the header of a Globe document of the type the route asks for (the flow's default:
 * {@code bridge.orders.document}): header fields from the mapping's section of that type ({@code orders.header},
 * {@code orders.invoice-header}, {@code orders.financial-header}), payment method and condition, shipping method and
 * cost centre. The lines and their money are the next step of the route ({@code orderMoneyRules}). Every choice comes from the mapping in force; where
 * each field came from (rule, table row or flow step) stays on the document for the dry-run preview.
 */
@ApplicationScoped
@Named("orderDocumentMapper")
public class OrderDocumentMapper {

    private final Supplier<Mapping> mappings;
    private final OrdersConfig config;
    private final OrderMoneyRules moneyRules;

    @Inject
    public OrderDocumentMapper(MappingRegistry registry, GlobeVatCodes vatCodes, OrdersConfig config) {
        this(registry::current, vatCodes, config);
    }

    OrderDocumentMapper(Supplier<Mapping> mappings, GlobeVatCodes vatCodes, OrdersConfig config) {
        this.mappings = mappings;
        this.config = config;
        this.moneyRules = new OrderMoneyRules(mappings, vatCodes, config);
    }

    /**
     * The order (body) as the header of a Globe document of this type ({@code salesorder}, {@code invoice},
     * {@code financial}), without lines: the money rules ({@code orderMoneyRules}) add them.
     */
    public OrderDocument header(OrderInput input, String documentType) {
        OrdersConfig.Document type;
        try {
            type = OrdersConfig.Document.valueOf(documentType == null ? "" : documentType.trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(input.record(), "document", "'" + documentType
                    + "' is not a Globe document type the orders flow books (salesorder, invoice, financial)");
        }
        return header(input, type);
    }

    /** The whole document of the configured type (bridge.orders.document): header and money rules, as the flow does. */
    OrderDocument map(OrderInput input) {
        return moneyRules.apply(header(input, config.document()));
    }


    private OrderDocument header(OrderInput input, OrdersConfig.Document type) {
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
        Resolved revenueAccount = mapping.revenueAccounts().resolve(country, intraCommunity, export);
        return new OrderDocument(type, yourReference, header.values(), List.of(), customer, onDefaultDebtor,
                mapping.debtors().defaultDebtor(), country, intraCommunity, export, terms,
                costCentre == null ? null : costCentre.value(), revenueAccount.value(), BigDecimal.ZERO, List.of(),
                header.provenance(), DocumentBody.table("GLAccount", revenueAccount), input, null, false);
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
