package com.ccvglobe.bridge.customers;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.DebtorSettings;
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

    private static final Object NUMBERS = new Object();

    private final GlobeEntityClient globe;

    public DebtorFactory(GlobeEntityClient globe) {
        this.globe = globe;
    }

    GlobeRecord create(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition) {
        return create(mapping, customer, email, record, paymentCondition, Map.of());
    }

    /** A company debtor (else a person debtor): customer type {@code b2b} or a company name on the billing address. */
    static boolean isCompany(CcvCustomer customer) {
        return customer.isCompany()
                || customer.billingaddress() != null && customer.billingaddress().company() != null
                        && !customer.billingaddress().company().isBlank();
    }

    /**
     * As {@link #create(Mapping, CcvCustomer, String, String, String)}, with {@code overlay} (Account values of the
     * customers flow: classification, country defaults, Globe country codes, free fields) laid over the mapped ones.
     */
    GlobeRecord create(Mapping mapping, CcvCustomer customer, String email, String record, String paymentCondition,
            Map<String, Object> overlay) {
        boolean company = isCompany(customer);
        String type = company ? "b2b" : "b2c";
        String country = customer.billingaddress() == null || customer.billingaddress().countryCode() == null ? null
                : customer.billingaddress().countryCode().trim().toUpperCase();
        MappingContext context = MappingContext.of(record).withCountry(country).withCustomerType(type);
        Map<String, Object> account = new LinkedHashMap<>(
                FieldMapper.apply(mapping, "customers.account", CustomerJson.tree(customer), context).values());
        account.put("EmailAddress", email);
        if (account.get("AccountName") == null) {
            throw new BusinessException(record, "customer.billingaddress.full_name", "the customer has no name for the debtor");
        }
        DebtorSettings settings = mapping.debtors();
        settings.defaults().forEach(account::putIfAbsent);
        settings.classificationFor(type).ifPresent(c -> account.put("ClassificationID", c));
        if (paymentCondition != null) {
            account.put("PaymentCondition", paymentCondition);
        }
        account.putAll(overlay);
        GlobeRecord created;
        synchronized (NUMBERS) {
            account.put("DebtorNumber", nextNumber(settings, record));
            created = globe.create("Account", account);
        }
        if (company) {
            Map<String, Object> contact = new LinkedHashMap<>(
                    FieldMapper.apply(mapping, "customers.contact", CustomerJson.tree(customer), context).values());
            contact.put("EmailAddress", email);
            contact.put("AccountID", created.text("ID"));
            contact.put("MainContact", Boolean.TRUE);
            contact.values().removeIf(v -> v == null);
            globe.create("ContactPerson", contact);
        }
        return created;
    }

    private String nextNumber(DebtorSettings settings, String record) {
        String from = String.valueOf(settings.numberFrom());
        String to = String.valueOf(settings.numberTo());
        GlobeQuery highest = GlobeQuery.where(GlobeFilter.ge("DebtorNumber", from).and(GlobeFilter.le("DebtorNumber", to)))
                .select("DebtorNumber").orderBy("DebtorNumber desc").top(1);
        long next = globe.find("Account", highest).stream().findFirst().map(a -> a.text("DebtorNumber"))
                .map(n -> Long.parseLong(n.trim()) + 1).orElse(settings.numberFrom());
        if (next > settings.numberTo()) {
            throw new BusinessException(record, "DebtorNumber", "the debtor number range " + from + "-" + to
                    + " (debtors.number-range) is used up");
        }
        return String.valueOf(next);
    }
}
