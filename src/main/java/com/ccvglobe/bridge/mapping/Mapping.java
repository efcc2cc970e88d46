package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merged, validated mapping: the shipped default with the user's file laid over it. Immutable; a reload
 * builds a new one. See docs/mapping.md for every key.
 */
public record Mapping(
        List<String> files,
        VatCodes vat,
        PaymentMethods paymentMethods,
        ShippingMethods shippingMethods,
        RevenueAccounts revenueAccounts,
        AssignmentRules costCentres,
        AssignmentRules costUnits,
        ItemCodes items,
        DebtorSettings debtors,
        Map<String, EntityMapping> fields,
        ArticleSettings articles,
        StockSettings stock,
        Map<String, LookupTable> lookups,
        CustomerSettings customers) {

    public Mapping {
        files = List.copyOf(files);
        fields = Map.copyOf(fields);
        lookups = Map.copyOf(lookups);
    }

    /** The field rules of one part, e.g. {@code orders.header}, {@code customers.account}, {@code articles.product}. */
    public Optional<EntityMapping> entity(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The CCV product fields written only when the product is created ({@code articles.create-only}). */
    public List<String> createOnlyArticleFields() {
        return articles.createOnly();
    }

    public Optional<LookupTable> lookup(String name) {
        return Optional.ofNullable(lookups.get(name));
    }
}
