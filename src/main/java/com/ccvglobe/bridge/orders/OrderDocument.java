package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.FieldProvenance;
import com.ccvglobe.bridge.mapping.PaymentMethods.PaymentTerms;
import com.ccvglobe.bridge.support.MapView;

/**
 * A CCV order mapped for Globe: the body of the orders flow between {@code map-order} and {@code commit}. Header
 * fields, lines (empty until the money rules ran), the reference Globe finds it by, the customer to resolve, the
 * delivery country and the totals; the debtor once {@code resolve-debtor} ran; for every header field (and the revenue
 * account) the mapping rule or flow step it came from, for the dry-run preview; and the CCV order it came from.
 * <p>
 * Routes read it as a map (see {@link #asMap()}): {@code ${body[header][OrderDebtor]}}, {@code ${body[lines].size()}},
 * {@code ${body[ccvOrder].paymethod}}.
 */
public record OrderDocument(OrdersConfig.Document type, String yourReference, Map<String, Object> header,
        List<DocumentLine> lines, CcvCustomer customer, boolean onDefaultDebtor, String defaultDebtor, String country,
        boolean intraCommunity, boolean export, PaymentTerms paymentTerms, String costCentre, String revenueAccount,
        BigDecimal total, List<String> skus, Map<String, FieldProvenance> headerProvenance,
        FieldProvenance revenueAccountSource, OrderInput source, String debtor, boolean debtorCreated) implements MapView {

    public OrderDocument {
        header = Map.copyOf(header);
        lines = List.copyOf(lines);
        skus = List.copyOf(skus);
        headerProvenance = Map.copyOf(headerProvenance);
    }

    /** The business key for error messages: {@code order 123 (#1045)}. */
    public String record() {
        return source.record();
    }

    /** This document with its lines and totals, as the money rules made them. */
    OrderDocument withLines(List<DocumentLine> newLines, BigDecimal newTotal, List<String> newSkus) {
        return new OrderDocument(type, yourReference, header, newLines, customer, onDefaultDebtor, defaultDebtor, country,
                intraCommunity, export, paymentTerms, costCentre, revenueAccount, newTotal, newSkus, headerProvenance,
                revenueAccountSource, source, debtor, debtorCreated);
    }

    /** This document on this debtor. */
    OrderDocument withDebtor(String number, boolean created) {
        return new OrderDocument(type, yourReference, header, lines, customer, onDefaultDebtor, defaultDebtor, country,
                intraCommunity, export, paymentTerms, costCentre, revenueAccount, total, skus, headerProvenance,
                revenueAccountSource, source, number, created);
    }

    /** This document with one more (or another) header field, set by a route step; {@code null} removes it. */
    public OrderDocument withHeaderField(String field, Object value, String why) {
        Map<String, Object> values = new LinkedHashMap<>(header);
        Map<String, FieldProvenance> sources = new LinkedHashMap<>(headerProvenance);
        if (value == null) {
            values.remove(field);
            sources.remove(field);
        } else {
            values.put(field, value);
            sources.put(field, DocumentBody.flow(field, why));
        }
        return new OrderDocument(type, yourReference, values, lines, customer, onDefaultDebtor, defaultDebtor, country,
                intraCommunity, export, paymentTerms, costCentre, revenueAccount, total, skus, sources, revenueAccountSource,
                source, debtor, debtorCreated);
    }

    /**
     * What a route sees: {@code type} (salesorder, invoice, financial), {@code yourReference}, {@code header} (Globe
     * field → value, with {@code OrderDebtor} once resolved), {@code lines} (Globe line fields), {@code total},
     * {@code country}, {@code debtor}, {@code debtorCreated}, {@code onDefaultDebtor} and {@code ccvOrder} (the CCV
     * order as read, with its customer).
     */
    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", type.name());
        view.put("yourReference", yourReference);
        view.put("header", debtor == null || type == OrdersConfig.Document.financial ? header
                : OrderBodies.header(this, debtor).values());
        view.put("lines", OrderBodies.lines(this).stream().map(DocumentBody::values).toList());
        view.put("total", total);
        view.put("country", country);
        view.put("debtor", debtor);
        view.put("debtorCreated", debtorCreated);
        view.put("onDefaultDebtor", onDefaultDebtor);
        view.put("ccvOrder", source.order());
        return java.util.Collections.unmodifiableMap(view);
    }

    /** Short and without personal data: a {@code log: ${body}} step shows what is booked, not who. */
    @Override
    public String toString() {
        return "OrderDocument[" + type + " " + yourReference + ", " + lines.size() + " line(s), total " + total
                + (debtor == null ? "" : ", debtor " + debtor) + ", header " + header.keySet() + "]";
    }
}
