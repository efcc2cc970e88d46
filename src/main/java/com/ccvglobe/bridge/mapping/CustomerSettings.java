package com.ccvglobe.bridge.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code customers:} how the customers flow shapes a debtor beyond the field rules: the Globe country code of each
 * accepted ISO 3166-1 alpha-2 code (any other country is refused), the classification by CCV user group or country
 * (before the one by customer type in {@code debtors.classification}), the Account fields that receive the country
 * defaults (VAT code, revenue account, cost centre, cost unit), the payment condition of new debtors, and the Account
 * fields written only when a debtor is created.
 */
public record CustomerSettings(Map<String, String> countries, Map<String, String> classificationByGroup,
        Map<String, String> classificationByCountry, Map<String, String> accountFields, Optional<String> paymentCondition,
        List<String> createOnly) {

    /** The keys of {@code customers.account-fields}: which country default goes into which Account field. */
    public static final List<String> DEFAULTS = List.of("vat-code", "revenue-account", "cost-centre", "cost-unit");

    public CustomerSettings {
        countries = Map.copyOf(countries);
        classificationByGroup = Map.copyOf(classificationByGroup);
        classificationByCountry = Map.copyOf(classificationByCountry);
        accountFields = Map.copyOf(accountFields);
        createOnly = List.copyOf(createOnly);
    }

    /** The Globe country code for an ISO alpha-2 code (any case), if the mapping accepts that country. */
    public Optional<String> globeCountry(String isoCode) {
        return Optional.ofNullable(isoCode == null ? null : countries.get(isoCode.trim().toUpperCase(Locale.ROOT)));
    }

    /** The classification by user group, else by country; empty when neither has a row. */
    public Optional<String> classificationFor(Long groupId, String country) {
        String byGroup = groupId == null ? null : classificationByGroup.get(String.valueOf(groupId));
        if (byGroup != null) {
            return Optional.of(byGroup);
        }
        return Optional.ofNullable(country == null ? null : classificationByCountry.get(country.toUpperCase(Locale.ROOT)));
    }

    /** The Account field that receives a country default ({@link #DEFAULTS}), if the mapping names one. */
    public Optional<String> accountField(String countryDefault) {
        return Optional.ofNullable(accountFields.get(countryDefault));
    }
}
