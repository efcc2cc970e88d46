package com.ccvglobe.bridge.customers;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.TransientException;

/**
 * The one place that decides which Globe debtor a CCV customer is. By e-mail address (trimmed, lower case): the link
 * table ({@code debtor}: e-mail key → debtor number; the keyed hash of {@link ShopperKeys}, never the address) answers for a repeat customer without a Globe call; else Globe's
 * {@code Account} with that {@code EmailAddress}; else a new debtor ({@link DebtorFactory}). One JVM lock per e-mail and
 * a claim in the state store ({@code debtor-create}) make two orders of the same new customer, on one replica or two,
 * create one debtor. With {@code bridge.customers.update-existing} an existing debtor's address, phone and VAT number
 * follow the order (one MERGE of what changed).
 */
@ApplicationScoped
@Named("debtorResolver")
public class DebtorResolver {

    private static final Logger LOG = Logger.getLogger(DebtorResolver.class);
    static final String LINK = ShopperKeys.DEBTOR_LINK;
    static final String CLAIM = ShopperKeys.DEBTOR_CLAIM;

    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final IdempotencyKeys claims;
    private final MappingRegistry registry;
    private final DebtorFactory factory;
    private final DebtorUpdate update;
    private final CustomersConfig config;
    private final ShopperKeys keys;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public DebtorResolver(GlobeEntityClient globe, RecordLinks links, IdempotencyKeys claims, MappingRegistry registry,
            DebtorFactory factory, DebtorUpdate update, CustomersConfig config, ShopperKeys keys) {
        this.globe = globe;
        this.links = links;
        this.claims = claims;
        this.registry = registry;
        this.factory = factory;
        this.update = update;
        this.config = config;
        this.keys = keys;
    }

    /** The e-mail address as the bridge compares it. */
    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The debtor for this customer, created when absent.
     *
     * @param record business key for errors, e.g. {@code order 123}
     * @param paymentCondition the payment condition a new debtor gets (from the mapping's payment method row)
     */
    public Debtor resolve(CcvCustomer customer, String record, String paymentCondition) {
        String email = normalise(customer.email());
        if (email == null || email.isBlank()) {
            throw new BusinessException(record, "customer.email", "the customer has no e-mail address; debtors are found by e-mail");
        }
        Mapping mapping = registry.current();
        ReentrantLock lock = locks.computeIfAbsent(email, k -> new ReentrantLock());
        lock.lock();
        try {
            Optional<String> linked = links.byCcvId(LINK, keys.email(email)).map(l -> l.globeKey());
            if (linked.isPresent() && !config.updateExisting()) {
                return new Debtor(linked.get(), false);
            }
            Optional<GlobeRecord> found = linked.isPresent()
                    ? globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("DebtorNumber", linked.get())))
                    : globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
            if (found.isPresent()) {
                String number = found.get().text("DebtorNumber");
                links.link(LINK, keys.email(email), number, found.get().text("ID"));
                if (config.updateExisting()) {
                    update.apply(mapping, found.get(), customer, record);
                }
                return new Debtor(number, false);
            }
            return create(mapping, customer, email, record, paymentCondition);
        } finally {
            lock.unlock();
            if (!lock.hasQueuedThreads()) {
                locks.remove(email, lock);
            }
        }
    }

    /**
     * What {@link #resolve} would do, without writing anything: reads the link table and Globe's Account (and the highest
     * debtor number in the range for a new one), claims nothing, links nothing, creates and merges nothing.
     */
    public DebtorPlan plan(CcvCustomer customer, String record, String paymentCondition) {
        String email = normalise(customer.email());
        if (email == null || email.isBlank()) {
            throw new BusinessException(record, "customer.email", "the customer has no e-mail address; debtors are found by e-mail");
        }
        Mapping mapping = registry.current();
        Optional<String> linked = links.byCcvId(LINK, keys.email(email)).map(l -> l.globeKey());
        if (linked.isPresent() && !config.updateExisting()) {
            return new DebtorPlan(linked.get(), "linked", null, null, null);
        }
        Optional<GlobeRecord> found = linked.isPresent()
                ? globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("DebtorNumber", linked.get())))
                : globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
        if (found.isPresent()) {
            return new DebtorPlan(found.get().text("DebtorNumber"), linked.isPresent() ? "linked" : "found", null, null,
                    config.updateExisting() ? update.changes(mapping, found.get(), customer, record) : null);
        }
        DocumentBody account = factory.account(mapping, customer, email, record, paymentCondition);
        String number = factory.nextNumber(mapping.debtors(), record);
        account.byFlow("DebtorNumber", number, DebtorFactory.NUMBER);
        DocumentBody contact = DebtorFactory.isCompany(customer)
                ? factory.contact(mapping, customer, email, record, "(the new Account's ID)") : null;
        return new DebtorPlan(number, "would create", account, contact, null);
    }

    private Debtor create(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition) {
        if (!claims.add(CLAIM, keys.email(email))) {
            throw new TransientException("the debtor for " + Mask.email(email)
                    + " is being created by another attempt; this order waits for it");
        }
        try {
            GlobeRecord account = factory.create(mapping, customer, email, record, paymentCondition);
            String number = account.text("DebtorNumber");
            links.link(LINK, keys.email(email), number, account.text("ID"));
            LOG.infof("Created Globe debtor %s for %s", number, Mask.email(email));
            return new Debtor(number, true);
        } catch (RuntimeException e) {
            claims.remove(CLAIM, keys.email(email));
            throw e;
        }
    }
}
