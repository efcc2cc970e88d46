package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.mapping.FieldProvenance;
import com.ccvglobe.bridge.mapping.PaymentMethods.PaymentTerms;

/**
 * A CCV order mapped for Globe, before the debtor is known (exchange property {@value #PROPERTY}): header fields,
 * lines, the reference Globe finds it by, the customer to resolve, the delivery country and the totals; and for every
 * header field (and the revenue account) the mapping rule or flow step it came from, for the dry-run preview.
 */
public record OrderDocument(OrdersConfig.Document type, String yourReference, Map<String, Object> header,
        List<DocumentLine> lines, CcvCustomer customer, boolean onDefaultDebtor, String defaultDebtor, String country,
        boolean intraCommunity, boolean export, PaymentTerms paymentTerms, String costCentre, String revenueAccount,
        BigDecimal total, List<String> skus, Map<String, FieldProvenance> headerProvenance,
        FieldProvenance revenueAccountSource) {

    public static final String PROPERTY = "ordersDocument";
    /** The debtor number the order is booked on (String), set by {@code orderDebtor}. */
    public static final String DEBTOR = "ordersDebtor";

    public OrderDocument {
        header = Map.copyOf(header);
        lines = List.copyOf(lines);
        skus = List.copyOf(skus);
        headerProvenance = Map.copyOf(headerProvenance);
    }
}
