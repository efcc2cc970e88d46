package com.ccvglobe.bridge.customers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvAddress;
import com.ccvglobe.bridge.ccvshop.CcvCustomer;
import com.ccvglobe.bridge.ccvshop.CcvShopRecords;
import com.ccvglobe.bridge.mapping.CustomerSettings;
import com.ccvglobe.bridge.mapping.FieldMapper;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingContext;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * What the customers flow adds to a debtor beyond the {@code customers.account} field rules, all from the mapping: the
 * {@code customers.user} field rules (free fields), the Globe country codes of the invoice and delivery address
 * ({@code customers.countries}; an unknown country is a {@link BusinessException}), the classification (by user group,
 * by country, else by customer type) and the country defaults of the billing country (VAT code, revenue account, cost
 * centre, cost unit) in the Account fields {@code customers.account-fields} names.
 */
@ApplicationScoped
public class DebtorProfile {

    /** The Account values laid over the mapped ones. */
    Map<String, Object> overlay(Mapping mapping, CcvShopRecords.User user, String record) {
        CcvCustomer customer = user.userinfo();
        CustomerSettings settings = mapping.customers();
        String type = DebtorFactory.isCompany(customer) ? "b2b" : "b2c";
        String billing = iso(customer.billingaddress());
        String delivery = iso(customer.deliveryAddressOrBilling());
        MappingContext context = MappingContext.of(record).withCountry(billing).withCustomerType(type);
        Map<String, Object> values = new LinkedHashMap<>();
        if (mapping.entity("customers.user").isPresent()) {
            values.putAll(FieldMapper.apply(mapping, "customers.user", CustomerJson.tree(user), context).values());
        }
        values.put("InvoiceCountry", globeCountry(settings, billing, record, "userinfo.billingaddress.country_code"));
        values.put("DeliveryCountry", globeCountry(settings, delivery, record, "userinfo.deliveryaddress.country_code"));
        settings.classificationFor(user.groupId(), billing).or(() -> mapping.debtors().classificationFor(type))
                .ifPresent(c -> values.put("ClassificationID", c));
        put(values, settings, "vat-code", Optional.ofNullable(mapping.vat().defaultPerCountry().get(billing)).map(r -> r.value()));
        put(values, settings, "revenue-account", Optional.of(mapping.revenueAccounts().forOrder(billing, false, false)));
        put(values, settings, "cost-centre", mapping.costCentres().valueFor(null, billing, null));
        put(values, settings, "cost-unit", mapping.costUnits().valueFor(null, billing, null));
        return values;
    }

    /** The customer's Account as the field rules map it, with the overlay: what an existing debtor is compared with. */
    Map<String, Object> account(Mapping mapping, CcvShopRecords.User user, String record) {
        Map<String, Object> overlay = overlay(mapping, user, record);
        CcvCustomer customer = user.userinfo();
        MappingContext context = MappingContext.of(record).withCountry(iso(customer.billingaddress()))
                .withCustomerType(DebtorFactory.isCompany(customer) ? "b2b" : "b2c");
        Map<String, Object> account = new LinkedHashMap<>(
                FieldMapper.apply(mapping, "customers.account", CustomerJson.tree(customer), context).values());
        account.putAll(overlay);
        return account;
    }

    private static void put(Map<String, Object> values, CustomerSettings settings, String countryDefault,
            Optional<String> value) {
        settings.accountField(countryDefault).ifPresent(field -> value.ifPresent(v -> values.put(field, v)));
    }

    private static String iso(CcvAddress address) {
        return address == null || address.countryCode() == null || address.countryCode().isBlank() ? null
                : address.countryCode().trim().toUpperCase(Locale.ROOT);
    }

    private static String globeCountry(CustomerSettings settings, String iso, String record, String field) {
        if (iso == null) {
            throw new BusinessException(record, field, "the customer has no country code; Globe needs a country on the debtor");
        }
        return settings.globeCountry(iso).orElseThrow(() -> new BusinessException(record, field, "unknown country code '"
                + iso + "': not an ISO 3166-1 alpha-2 code listed in the mapping's customers.countries"));
    }
}
