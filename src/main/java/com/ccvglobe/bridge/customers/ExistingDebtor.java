package com.ccvglobe.bridge.customers;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;

import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.support.RecordOutcome;

/**
 * Step {@code update-debtor}: the debtor a customer matched (linked, or found by e-mail; {@link DebtorMatch} body) is
 * linked to the customer and, with {@code bridge.customers.update-existing}, follows it: one MERGE of the changed
 * fields, never the e-mail nor the mapping's {@code create-only} ones. The body becomes the {@link RecordOutcome}
 * (SKIPPED when updates are off or nothing changed). Bean {@code existingDebtor}.
 */
@ApplicationScoped
@Named("existingDebtor")
public class ExistingDebtor {

    private final MappingRegistry registry;
    private final DebtorUpdate update;
    private final DebtorProfile profile;
    private final CustomersConfig config;
    private final CustomerSync sync;

    public ExistingDebtor(MappingRegistry registry, DebtorUpdate update, DebtorProfile profile, CustomersConfig config,
            CustomerSync sync) {
        this.registry = registry;
        this.update = update;
        this.profile = profile;
        this.config = config;
        this.sync = sync;
    }

    public RecordOutcome update(@Body DebtorMatch match) {
        LoadedCustomer customer = match.customer();
        String number = match.debtorNumber();
        sync.link(customer, number, match.account().text("ID"));
        RecordOutcome outcome = changes(match, number);
        sync.synced(customer);
        return outcome;
    }

    private RecordOutcome changes(DebtorMatch match, String number) {
        if (!config.updateExisting()) {
            return RecordOutcome.skipped(number, "debtor " + number + " exists; updates are off (bridge.customers.update-existing)");
        }
        Mapping mapping = registry.current();
        Map<String, Object> wanted = new LinkedHashMap<>(profile.account(mapping, match.customer().user(),
                match.customer().record()));
        wanted.remove("EmailAddress");
        mapping.customers().createOnly().forEach(wanted::remove);
        DebtorUpdate.emptyUnusedWrapLines(mapping, new LinkedHashMap<>(wanted), wanted);
        Map<String, Object> changes = update.merge(match.account(), wanted);
        if (changes.isEmpty()) {
            return RecordOutcome.skipped(number, "debtor " + number + " is up to date");
        }
        return RecordOutcome.committed(number, "updated debtor " + number + ": " + String.join(", ", changes.keySet()));
    }
}
