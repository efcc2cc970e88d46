package com.ccvglobe.bridge.customers;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.RecordOutcome;
import com.ccvglobe.bridge.support.TransientException;

/**
 * Step {@code create-debtor}: a customer that matched no debtor ({@link DebtorMatch} body) becomes a new Globe debtor
 * through {@link DebtorFactory} (company or person as for orders) with the {@link DebtorProfile} laid over it, under the
 * {@code debtor-create} claim of its e-mail (one debtor per e-mail, also beside the orders flow); the body becomes the
 * COMMITTED {@link RecordOutcome}. Bean {@code newDebtor}.
 */
@ApplicationScoped
@Named("newDebtor")
public class NewDebtor {

    private static final Logger LOG = Logger.getLogger(NewDebtor.class);

    private final MappingRegistry registry;
    private final IdempotencyKeys claims;
    private final DebtorFactory factory;
    private final DebtorProfile profile;
    private final ShopperKeys keys;
    private final CustomerSync sync;

    public NewDebtor(MappingRegistry registry, IdempotencyKeys claims, DebtorFactory factory, DebtorProfile profile,
            ShopperKeys keys, CustomerSync sync) {
        this.registry = registry;
        this.claims = claims;
        this.factory = factory;
        this.profile = profile;
        this.keys = keys;
        this.sync = sync;
    }

    public RecordOutcome create(@Body DebtorMatch match) {
        LoadedCustomer customer = match.customer();
        String email = customer.email();
        String record = customer.record();
        Mapping mapping = registry.current();
        Map<String, Object> overlay = profile.overlay(mapping, customer.user(), record);
        if (!claims.add(DebtorResolver.CLAIM, keys.email(email))) {
            throw new TransientException("the debtor for " + Mask.email(email) + " is being created by another attempt");
        }
        GlobeRecord created;
        try {
            String condition = mapping.customers().paymentCondition()
                    .orElseGet(() -> mapping.paymentMethods().forPaymethod(null, record).condition());
            created = factory.create(mapping, customer.info(), email, record, condition, overlay);
        } catch (RuntimeException e) {
            claims.remove(DebtorResolver.CLAIM, keys.email(email));
            throw e;
        }
        String number = created.text("DebtorNumber").trim();
        sync.link(customer, number, created.text("ID"));
        LOG.infof("Created Globe debtor %s for CCV customer %d", number, customer.id());
        sync.synced(customer);
        return RecordOutcome.committed(number, "created " + (customer.company() ? "company" : "person") + " debtor " + number
                + " (" + overlay.getOrDefault("ClassificationID", "no classification") + ", " + overlay.get("InvoiceCountry") + ")");
    }
}
