package com.ccvglobe.bridge.customers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingRegistry;
import com.ccvglobe.bridge.ops.alerts.Alert;
import com.ccvglobe.bridge.privacy.ShopperKeys;
import com.ccvglobe.bridge.privacy.ShopperLinks;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.MessageProperties;
import com.ccvglobe.bridge.support.TransientException;

/**
 * Brings one registered CCV customer (body = CCV user id) into Globe. The debtor is the one linked to the user (link
 * {@code debtor}, key {@code user:<id>}), else the one linked to the e-mail address (its keyed hash, {@link ShopperKeys})
 * by the orders flow, else Globe's
 * Account with that e-mail (trimmed, lower case); none: a new debtor through {@link DebtorFactory} (company or person
 * as for orders) with the {@link DebtorProfile} laid over it. An existing debtor follows the customer with
 * {@code bridge.customers.update-existing}: one MERGE of the changed fields, never the mapping's {@code create-only}
 * ones. A linked debtor whose e-mail differs from the customer's is reported and left alone.
 */
@ApplicationScoped
@Named("customerSync")
public class CustomerSync {

    private static final Logger LOG = Logger.getLogger(CustomerSync.class);

    private final CcvShopInfo shop;
    private final GlobeEntityClient globe;
    private final RecordLinks links;
    private final IdempotencyKeys claims;
    private final LastSentValues sent;
    private final MappingRegistry registry;
    private final DebtorFactory factory;
    private final DebtorUpdate update;
    private final DebtorProfile profile;
    private final CustomersConfig config;
    private final Event<Alert> alerts;
    private final ShopperKeys keys;
    private final ShopperLinks shoppers;

    public CustomerSync(CcvShopInfo shop, GlobeEntityClient globe, RecordLinks links, IdempotencyKeys claims,
            LastSentValues sent, MappingRegistry registry, DebtorFactory factory, DebtorUpdate update, DebtorProfile profile,
            CustomersConfig config, Event<Alert> alerts, ShopperKeys keys, ShopperLinks shoppers) {
        this.shop = shop;
        this.globe = globe;
        this.links = links;
        this.claims = claims;
        this.sent = sent;
        this.registry = registry;
        this.factory = factory;
        this.update = update;
        this.profile = profile;
        this.config = config;
        this.alerts = alerts;
        this.keys = keys;
        this.shoppers = shoppers;
    }

    /** The link key of a CCV user (entity {@code debtor}, beside the orders flow's e-mail keys). */
    static String userKey(long userId) {
        return "user:" + userId;
    }

    public void sync(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        long id;
        try {
            id = Long.parseLong(body == null ? "" : body.trim());
        } catch (NumberFormatException e) {
            throw new BusinessException("customer " + body, null, "not a CCV user id");
        }
        String record = "customer " + id;
        CcvShopRecords.User user = shop.user(id);
        if (user.userinfo() == null) {
            throw new BusinessException(record, "userinfo", "the CCV user has no personal info");
        }
        String email = DebtorResolver.normalise(user.userinfo().email());
        if (email == null || email.isBlank()) {
            throw new BusinessException(record, "userinfo.email", "the customer has no e-mail address; debtors are found by e-mail");
        }
        shoppers.registered(id, email); // whatever happens next, an erasure request finds this user's rows
        Mapping mapping = registry.current();
        Optional<RecordLink> link = links.byCcvId(DebtorResolver.LINK, userKey(id))
                .or(() -> links.byCcvId(DebtorResolver.LINK, keys.email(email)));
        Optional<GlobeRecord> account = link.flatMap(l -> globe.findFirst("Account",
                GlobeQuery.where(GlobeFilter.eq("DebtorNumber", l.globeKey()))));
        if (account.isPresent() && !email.equals(DebtorResolver.normalise(account.get().text("EmailAddress")))) {
            reportMismatch(exchange, id, email, account.get());
        } else {
            if (account.isEmpty()) {
                account = globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
            }
            if (account.isPresent() && blank(account.get().text("DebtorNumber"))) {
                throw new BusinessException(record, "userinfo.email", "Globe account " + Mask.name(account.get().text("AccountName"))
                        + " has this e-mail address but no debtor number; make it a debtor in Globe"
                        + " or give the customer another e-mail address");
            }
            if (account.isPresent()) {
                existing(exchange, mapping, user, email, account.get(), record);
            } else {
                create(exchange, mapping, user, email, record);
            }
        }
        sent.recordSent(CustomersPoll.FLOW, String.valueOf(id), CustomersPoll.fingerprint(user));
    }

    private void existing(Exchange exchange, Mapping mapping, CcvShopRecords.User user, String email, GlobeRecord account,
            String record) {
        String number = account.text("DebtorNumber").trim();
        link(user.id(), email, number, account.text("ID"));
        exchange.setProperty(MessageProperties.TARGET_REF, number);
        if (!config.updateExisting()) {
            skipped(exchange, "debtor " + number + " exists; updates are off (bridge.customers.update-existing)");
            return;
        }
        Map<String, Object> wanted = new LinkedHashMap<>(profile.account(mapping, user, record));
        wanted.remove("EmailAddress");
        mapping.customers().createOnly().forEach(wanted::remove);
        DebtorUpdate.emptyUnusedWrapLines(mapping, new LinkedHashMap<>(wanted), wanted);
        Map<String, Object> changes = update.merge(account, wanted);
        if (changes.isEmpty()) {
            skipped(exchange, "debtor " + number + " is up to date");
        } else {
            exchange.setProperty(MessageProperties.SUMMARY, "updated debtor " + number + ": " + String.join(", ", changes.keySet()));
        }
    }

    private void create(Exchange exchange, Mapping mapping, CcvShopRecords.User user, String email, String record) {
        Map<String, Object> overlay = profile.overlay(mapping, user, record);
        if (!claims.add(DebtorResolver.CLAIM, keys.email(email))) {
            throw new TransientException("the debtor for " + Mask.email(email) + " is being created by another attempt");
        }
        GlobeRecord created;
        try {
            String condition = mapping.customers().paymentCondition()
                    .orElseGet(() -> mapping.paymentMethods().forPaymethod(null, record).condition());
            created = factory.create(mapping, user.userinfo(), email, record, condition, overlay);
        } catch (RuntimeException e) {
            claims.remove(DebtorResolver.CLAIM, keys.email(email));
            throw e;
        }
        String number = created.text("DebtorNumber").trim();
        link(user.id(), email, number, created.text("ID"));
        LOG.infof("Created Globe debtor %s for CCV customer %d", number, user.id());
        exchange.setProperty(MessageProperties.TARGET_REF, number);
        exchange.setProperty(MessageProperties.SUMMARY, "created " + (DebtorFactory.isCompany(user.userinfo()) ? "company" : "person")
                + " debtor " + number + " (" + overlay.getOrDefault("ClassificationID", "no classification") + ", "
                + overlay.get("InvoiceCountry") + ")");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void link(long userId, String email, String number, String guid) {
        links.link(DebtorResolver.LINK, userKey(userId), number, guid);
        links.link(DebtorResolver.LINK, keys.email(email), number, guid);
    }

    private static void skipped(Exchange exchange, String summary) {
        exchange.setProperty(MessageProperties.STATUS, "SKIPPED");
        exchange.setProperty(MessageProperties.SUMMARY, summary);
    }

    private void reportMismatch(Exchange exchange, long userId, String email, GlobeRecord account) {
        String number = account.text("DebtorNumber").trim();
        String summary = "e-mail mismatch: Globe debtor " + number + " has " + Mask.email(account.text("EmailAddress"))
                + ", CCV customer " + userId + " has " + Mask.email(email)
                + "; not updated and not re-linked, correct the e-mail in Globe or CCV";
        LOG.warnf("Customers: %s", summary);
        alerts.fire(new Alert("email-mismatch", CustomersPoll.FLOW, "CCV customer " + userId, "userinfo.email", summary));
        exchange.setProperty(MessageProperties.STATUS, "SKIPPED");
        exchange.setProperty(MessageProperties.TARGET_REF, number);
        exchange.setProperty(MessageProperties.SUMMARY, summary);
    }
}
