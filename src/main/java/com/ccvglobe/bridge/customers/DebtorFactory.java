package com.ccvglobe.bridge.customers;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.exactglobe.GlobeValidationException;
import com.ccvglobe.bridge.mapping.DebtorSettings;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Creates a Globe debtor for a CCV customer: the next free number in the mapping's range ({@code debtors.number-range},
 * 6 positions), the {@code customers.account} field rules, the fixed {@code debtors.defaults}, the classification by
 * customer type and the payment condition of the order's payment method. A CCV company name (or customer type
 * {@code b2b}) makes a company debtor with the person as main {@code ContactPerson} ({@code customers.contact} rules);
 * otherwise a person debtor named after the person.
 */
@ApplicationScoped
public class DebtorFactory {

    private static final Logger LOG = Logger.getLogger(DebtorFactory.class);
    private static final int NUMBER_ATTEMPTS = 10;
    static final String NUMBER = "the next free number in the mapping's debtors.number-range";

    private final GlobeEntityClient globe;
    private final DebtorNumbers numbers;

    public DebtorFactory(GlobeEntityClient globe, DebtorNumbers numbers) {
        this.globe = globe;
        this.numbers = numbers;
    }

    GlobeRecord create(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition) {
        return create(mapping, customer, email, record, paymentCondition, Map.of());
    }

    /**
     * As {@link #create(Mapping, CcvCustomer, String, String, String)}, with {@code overlay} (Account values of the
     * customers flow: classification, country defaults, Globe country codes, free fields) laid over the mapped ones.
     */
    GlobeRecord create(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition,
            Map<String, Object> overlay) {
        DocumentBody account = account(mapping, customer, email, record, paymentCondition);
        overlay.forEach((field, value) -> account.byFlow(field, value, "the customers flow's debtor profile"));
        GlobeRecord created = createNumbered(mapping.debtors(), account, record);
        if (isCompany(customer)) {
            globe.create("ContactPerson", contact(mapping, customer, email, record, created.text("ID")).values());
        }
        return created;
    }

    /** The {@code Account} body of a new debtor, without its number. */
    DocumentBody account(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition) {
        String type = isCompany(customer) ? "b2b" : "b2c";
        DocumentBody account = DocumentBody.of(FieldMapper.apply(mapping, "customers.account", CustomerJson.tree(customer),
                context(customer, record)));
        account.byFlow("EmailAddress", email, "the customer's e-mail address, trimmed and in lower case");
        if (account.get("AccountName") == null) {
            throw new BusinessException(record, "customer.billingaddress.full_name", "the customer has no name for the debtor");
        }
        DebtorSettings settings = mapping.debtors();
        settings.defaults().forEach((field, value) -> account.byFlowIfAbsent(field, value, "the mapping's debtors.defaults"));
        settings.classificationFor(type).ifPresent(c -> account.byFlow("ClassificationID", c,
                "the mapping's debtors.classification for " + type));
        if (paymentCondition != null) {
            account.byFlow("PaymentCondition", paymentCondition, "the payment condition of the order's payment method");
        }
        return account;
    }

    /** The main {@code ContactPerson} of a new company debtor ({@code accountId} is the new Account's ID). */
    DocumentBody contact(Mapping mapping, CcvCustomer customer, String email, String record, String accountId) {
        DocumentBody contact = DocumentBody.of(FieldMapper.apply(mapping, "customers.contact", CustomerJson.tree(customer),
                context(customer, record)));
        contact.byFlow("EmailAddress", email, "the customer's e-mail address, trimmed and in lower case");
        contact.byFlow("AccountID", accountId, "the ID Globe gives the new Account");
        contact.byFlow("MainContact", Boolean.TRUE, "the buyer is the company debtor's main contact");
        contact.values().forEach((field, value) -> {
            if (value == null) {
                contact.remove(field);
            }
        });
        return contact;
    }

    /** A company debtor (else a person debtor): customer type {@code b2b} or a company name on the billing address. */
    static boolean isCompany(CcvCustomer customer) {
        return customer.isCompany()
                || customer.billingaddress() != null && customer.billingaddress().company() != null
                        && !customer.billingaddress().company().isBlank();
    }

    private static MappingContext context(CcvCustomer customer, String record) {
        String country = customer.billingaddress() == null || customer.billingaddress().countryCode() == null ? null
                : customer.billingaddress().countryCode().trim().toUpperCase();
        return MappingContext.of(record).withCountry(country).withCustomerType(isCompany(customer) ? "b2b" : "b2c");
    }

    /**
     * Posts the Account with the next free number ({@link DebtorNumbers}; debtors of several orders are created at once).
     * Someone in Globe or another bridge replica may have taken that number; Globe then refuses it, and when the number
     * turns out to exist, the next free one is read from Globe and tried (at most {@value #NUMBER_ATTEMPTS} times).
     */
    private GlobeRecord createNumbered(DebtorSettings settings, DocumentBody account, String record) {
        for (int attempt = 1;; attempt++) {
            String number = numbers.take(settings, record);
            account.byFlow("DebtorNumber", number, NUMBER);
            try {
                return globe.create("Account", account.values());
            } catch (GlobeValidationException e) {
                if (attempt >= NUMBER_ATTEMPTS || !numberTaken(number)) {
                    numbers.unused(number);
                    throw e;
                }
                numbers.taken();
                LOG.infof("Debtor number %s was taken meanwhile (in Globe or by another bridge replica); trying the next free number",
                        number);
            } catch (RuntimeException e) {
                numbers.unused(number);
                throw e;
            }
        }
    }

    private boolean numberTaken(String number) {
        return globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("DebtorNumber", number)).select("DebtorNumber"))
                .isPresent();
    }

    /** The number the next new debtor would get (dry runs; nothing is taken). */
    String nextNumber(DebtorSettings settings, String record) {
        return numbers.peek(settings, record);
    }
}
