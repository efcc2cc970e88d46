package com.ccvglobe.bridge.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeKey;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;

/**
 * Brings an existing debtor's address, phone and VAT number in line with the order ({@code bridge.customers.update-existing}):
 * maps the customer with the {@code customers.account} rules and MERGEs only the fields among those that differ.
 */
@ApplicationScoped
public class DebtorUpdate {

    private static final Logger LOG = Logger.getLogger(DebtorUpdate.class);

    /** The Account fields an order may change on an existing debtor. */
    static final List<String> FIELDS = List.of("InvoiceAddress", "InvoiceAddressPostCode", "InvoiceCity", "InvoiceCountry",
            "DeliveryAddressline1", "DeliveryPostCode", "DeliveryCity", "DeliveryCountry", "PhoneNumber", "VATNumber");

    private final GlobeEntityClient globe;

    public DebtorUpdate(GlobeEntityClient globe) {
        this.globe = globe;
    }

    void apply(Mapping mapping, GlobeRecord account, CcvCustomer customer, String record) {
        merge(account, wanted(mapping, customer, record));
    }

    /** The fields of the existing debtor an order would change, with the order's values (no write: the dry run). */
    Map<String, Object> changes(Mapping mapping, GlobeRecord account, CcvCustomer customer, String record) {
        return changes(account, wanted(mapping, customer, record));
    }

    private static Map<String, Object> wanted(Mapping mapping, CcvCustomer customer, String record) {
        Map<String, Object> mapped = FieldMapper.apply(mapping, "customers.account", CustomerJson.tree(customer),
                MappingContext.of(record).withCustomerType(customer.isCompany() ? "b2b" : "b2c")).values();
        Map<String, Object> wanted = new LinkedHashMap<>();
        FIELDS.stream().filter(mapped::containsKey).forEach(f -> wanted.put(f, mapped.get(f)));
        emptyUnusedWrapLines(mapping, mapped, wanted);
        return wanted;
    }

    /**
     * The address lines a {@code wrap} of a mapped {@code customers.account} field continues on, into {@code wanted}:
     * the mapped line, or empty, so that a shorter address clears what a longer one left there.
     */
    static void emptyUnusedWrapLines(Mapping mapping, Map<String, Object> mapped, Map<String, Object> wanted) {
        mapping.entity("customers.account").ifPresent(account -> account.rules().values().stream()
                .filter(rule -> mapped.containsKey(rule.target()) && wanted.containsKey(rule.target()))
                .forEach(rule -> FieldMapper.wrapFields(rule).stream().skip(1)
                        .forEach(line -> wanted.put(line, mapped.getOrDefault(line, "")))));
    }

    private static Map<String, Object> changes(GlobeRecord account, Map<String, Object> wanted) {
        Map<String, Object> changes = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            String current = account.text(field);
            if (value != null && !Objects.equals(value.toString().trim(), current == null ? "" : current.trim())) {
                changes.put(field, value);
            }
        });
        return changes;
    }

    /** MERGEs (once) the fields of {@code wanted} whose value differs from the debtor's; returns what changed. */
    Map<String, Object> merge(GlobeRecord account, Map<String, Object> wanted) {
        Map<String, Object> changes = changes(account, wanted);
        if (changes.isEmpty() || account.text("ID") == null) {
            return Map.of();
        }
        globe.merge("Account", GlobeKey.guid(account.text("ID")), changes);
        LOG.infof("Updated %s of Globe debtor %s", changes.keySet(), account.text("DebtorNumber"));
        return changes;
    }
}
