package com.ccvglobe.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code wrap} transform: long addresses continue on the next Globe address lines, broken between words. */
class AddressWrapTest {

    private static final Mapping DEFAULT = MappingLoader.loadDefault();

    @TempDir
    Path dir;

    /** Dutch street words, {@code length} characters in all, never ending on a space. */
    private static String street(int length) {
        String[] words = { "Lange", "Nieuwstraat", "bij", "het", "oude", "Stadhuis", "achterom", "links" };
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append(text.length() == 0 ? "" : " ").append(words[i % words.length]);
        }
        String cut = text.substring(0, length);
        return cut.endsWith(" ") ? cut.substring(0, length - 1) + "x" : cut;
    }

    private static ObjectNode customer(String street) {
        ObjectNode customer = new ObjectMapper().createObjectNode();
        customer.putObject("billingaddress").put("address_line_1", street).put("full_name", "Jan Jansen");
        customer.putObject("deliveryaddress").put("address_line_1", "");
        return customer;
    }

    @Test
    void linesBreakBetweenWordsAndKeepEveryWord() {
        String text = street(250);
        List<String> lines = AddressLines.wrap(text, 100, 3).orElseThrow();
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        assertThat(String.join(" ", lines)).isEqualTo(text);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String next = lines.get(i + 1);
            assertThat(lines.get(i).length() + 1 + next.substring(0, next.indexOf(' ') < 0 ? next.length() : next.indexOf(' '))
                    .length()).as("the next line's first word did not fit on line %d", i + 1).isGreaterThan(100);
        }
        assertThat(AddressLines.wrap(street(400), 100, 3)).isEmpty();
        assertThat(AddressLines.wrap("a".repeat(150), 100, 3).orElseThrow()).containsExactly("a".repeat(100), "a".repeat(50));
    }

    @Test
    void theDefaultMappingWrapsTheDebtorsAddresses() {
        String text = street(127);
        MappedFields account = FieldMapper.apply(DEFAULT, "customers.account", customer(text), MappingContext.of("order 9"));
        String one = (String) account.values().get("InvoiceAddress");
        String two = (String) account.values().get("InvoiceAddress2");
        assertThat(one.length()).isLessThanOrEqualTo(100);
        assertThat(one + " " + two).isEqualTo(text);
        assertThat(account.values()).doesNotContainKey("InvoiceAddress3").containsEntry("DeliveryAddressline1", one)
                .containsEntry("DeliveryAddressline2", two);
        assertThat(account.provenance().get("InvoiceAddress2").rule()).contains("wrap");

        MappedFields shortOne = FieldMapper.apply(DEFAULT, "customers.account", customer("Kerkstraat 3"), MappingContext.of("order 9"));
        assertThat(shortOne.values()).containsEntry("InvoiceAddress", "Kerkstraat 3").doesNotContainKey("InvoiceAddress2");
    }

    @Test
    void aValueTooLongForAllLinesIsABusinessErrorNamingTheField() {
        assertThatThrownBy(() -> FieldMapper.apply(DEFAULT, "customers.account", customer(street(400)), MappingContext.of("order 9")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.record()).isEqualTo("order 9");
                    assertThat(e.field()).isEqualTo("InvoiceAddress");
                })
                .hasMessageContaining("400 characters").hasMessageContaining("InvoiceAddress, InvoiceAddress2, InvoiceAddress3");
    }

    private Mapping load(String yaml) throws IOException {
        Path file = dir.resolve("mapping.yaml");
        Files.writeString(file, yaml);
        return MappingLoader.load(Optional.of(file));
    }

    @Test
    void wrapLinesAreCheckedWhenTheMappingLoads() {
        assertThatThrownBy(() -> load("""
                fields:
                  orders:
                    header:
                      DeliveryDebtorAddress1:
                        source: $.customer.billingaddress.address_line_1
                        transforms: [ { wrap: [ 100, DeliveryDebtorAdress2 ] } ]
                """)).isInstanceOf(MappingException.class).hasMessageContaining("DeliveryDebtorAdress2")
                .hasMessageContaining("did you mean 'DeliveryDebtorAddress2'");
        assertThatThrownBy(() -> load("""
                fields:
                  orders:
                    header:
                      DeliveryDebtorAddress2: $.customer.billingaddress.address_line_2
                """)).isInstanceOf(MappingException.class)
                .hasMessageContaining("DeliveryDebtorAddress2 is filled by this wrap of DeliveryDebtorAddress1");
        assertThatThrownBy(() -> load("""
                fields:
                  customers:
                    account:
                      InvoiceAddress: { source: $.billingaddress.address_line_1, transforms: [ { wrap: [ 120, InvoiceAddress2 ] } ] }
                """)).isInstanceOf(MappingException.class).hasMessageContaining("takes at most 100");
        assertThatThrownBy(() -> load("""
                fields:
                  customers:
                    account:
                      InvoiceAddress: { source: $.billingaddress.address_line_1, transforms: [ { wrap: [ 100, InvoiceAddress2 ] }, trim ] }
                """)).isInstanceOf(MappingException.class).hasMessageContaining("wrap must be the last transform");
    }
}
