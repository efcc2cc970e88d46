package com.ccvglobe.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code customers:} section and the {@code fields.customers.user} rules: defaults, layering and load errors. */
class CustomerMappingTest {

    @TempDir
    Path dir;

    private Mapping withUser(String yaml) throws IOException {
        Path file = dir.resolve("my-mapping.yaml");
        Files.writeString(file, yaml);
        return MappingLoader.load(Optional.of(file));
    }

    @Test
    void theDefaultMappingAcceptsTheCommonCountriesAndNamesWhereTheCountryDefaultsGo() {
        CustomerSettings customers = MappingLoader.loadDefault().customers();
        assertThat(customers.globeCountry(" nl")).contains("NL");
        assertThat(customers.globeCountry("BE")).contains("BE");
        assertThat(customers.globeCountry("XX")).isEmpty();
        assertThat(customers.accountField("vat-code")).contains("VatCode");
        assertThat(customers.accountField("revenue-account")).contains("OffsetLedgerAccount");
        assertThat(customers.accountField("cost-centre")).contains("Category_01");
        assertThat(customers.accountField("cost-unit")).contains("Category_02");
        assertThat(customers.paymentCondition()).contains("14");
        assertThat(customers.createOnly()).containsExactly("AccountName", "ChamberofCommerceNumber");
        assertThat(customers.classificationFor(7L, "NL")).isEmpty();
        assertThat(MappingLoader.loadDefault().entity("customers.user")).isPresent();
    }

    @Test
    void aUserFileAddsClassificationsAndCountriesKeyByKey() throws IOException {
        Mapping mapping = withUser("""
                customers:
                  countries: { ch: CH, LI: FL }
                  classification:
                    by-group: { "7": VIP }
                    by-country: { be: BEL }
                """);
        CustomerSettings customers = mapping.customers();
        assertThat(customers.globeCountry("LI")).contains("FL");
        assertThat(customers.globeCountry("NL")).as("default rows stay").contains("NL");
        assertThat(customers.classificationFor(7L, "BE")).as("group before country").contains("VIP");
        assertThat(customers.classificationFor(3L, "BE")).contains("BEL");
        assertThat(customers.classificationFor(null, "NL")).isEmpty();
        assertThat(withUser("""
                customers:
                  account-fields: { cost-unit: "" }
                """).customers().accountField("cost-unit")).as("switched off").isEmpty();
    }

    @Test
    void badCustomerKeysAreLoadErrorsWithLineAndKey() {
        assertThatThrownBy(() -> withUser("""
                customers:
                  countries: { NLD: NL }
                """)).isInstanceOf(MappingException.class)
                .hasMessageContaining("key 'customers.countries.NLD'").hasMessageContaining("ISO 3166-1 alpha-2");
        assertThatThrownBy(() -> withUser("""
                customers:
                  account-fields: { vat-code: VatKode }
                """)).hasMessageContaining("'VatKode' is not a field of").hasMessageContaining("did you mean 'VatCode'");
        assertThatThrownBy(() -> withUser("""
                customers:
                  account-fields: { vat: VatCode }
                """)).hasMessageContaining("key 'customers.account-fields.vat': unknown key");
        assertThatThrownBy(() -> withUser("""
                customers:
                  classification:
                    by-group: { gold: VIP }
                """)).hasMessageContaining(":3: key 'customers.classification.by-group.gold'")
                .hasMessageContaining("not a CCV user group id");
        assertThatThrownBy(() -> withUser("""
                customers:
                  classification:
                    by-country: { NL: TOOLONG }
                """)).hasMessageContaining("longer than the 3 characters");
        assertThatThrownBy(() -> withUser("""
                customers:
                  payment-condition: "140"
                """)).hasMessageContaining("key 'customers.payment-condition'");
        assertThatThrownBy(() -> withUser("""
                customers:
                  create-only: [ AccountNaam ]
                """)).hasMessageContaining("'AccountNaam' is not a field of");
    }
}
