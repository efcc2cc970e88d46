package com.ccvglobe.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The default field mappings applied to CCV and Globe records shaped like the vendor references. */
class FieldMapperTest {

    private static final Mapping DEFAULT = MappingLoader.loadDefault();

    @TempDir
    Path dir;

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static final String ORDER = """
            {"id": 339323562, "ordernumber_full": "1", "create_date": "2024-06-01T10:00:00Z", "currency": "EUR",
             "paymethod": "BankTransfer", "order_row_taxes_included": true,
             "customer": {
               "billingaddress": {"first_name": "Jan", "last_name": "Jansen", "full_name": "Jan Jansen", "company": "",
                 "address_line_1": "Kerkstraat 3", "zipcode": "1017ab", "city": "Amsterdam", "country_code": "NL",
                 "telephone": "0612345678", "initials": ""},
               "deliveryaddress": {"full_name": "", "address_line_1": "", "zipcode": "", "city": "", "country_code": null},
               "email": " Jan@Example.com ", "customertype": "b2c", "btw": "", "kvk": ""}}""";

    @Test
    void anOrderHeaderWithProvenance() throws IOException {
        MappedFields header = FieldMapper.apply(DEFAULT, "orders.header", json(ORDER), MappingContext.of("order 339323562"));
        assertThat(header.values())
                .containsEntry("YourReference", "1")
                .containsEntry("SalesOrderDate", "/Date(1717236000000)/")
                .containsEntry("CurrencyCode", "EUR")
                .containsEntry("Warehouse", "1")
                .containsEntry("FreeField1", "339323562")
                .containsEntry("DeliveryDebtorName", "Jan Jansen")
                .containsEntry("DeliveryDebtorAddress1", "Kerkstraat 3")
                .containsEntry("DeliveryDebtorPostCode", "1017AB")
                .containsEntry("DeliveryDebtorCountryCode", "NL");
        FieldProvenance name = header.provenance().get("DeliveryDebtorName");
        assertThat(name.rule()).isEqualTo("$.customer.deliveryaddress.full_name"
                + " | default: \"$.customer.billingaddress.full_name\" | trim | truncate:50");
        assertThat(name.file()).isEqualTo("default-mapping.yaml");
        assertThat(name.line()).isPositive();
        assertThat(header.provenance().get("Warehouse").rule()).isEqualTo("constant \"1\"");
    }

    @Test
    void anOrderLineExcludingVat() throws IOException {
        JsonNode row = json("""
                {"product_number": "ph-001", "sub_sku_number": "", "product_name": "Phone Blue", "count": 2,
                 "selling_price": 121, "tax": 21}""");
        MappingContext context = MappingContext.of("order 1").withVariable("vat-divisor", new BigDecimal("1.21"));
        MappedFields line = FieldMapper.apply(DEFAULT, "orders.line", row, context);
        assertThat(line.values()).containsEntry("Itemcode", "PH-001").containsEntry("Description", "Phone Blue")
                .containsEntry("Quantity", new BigDecimal("2"));
        assertThat((BigDecimal) line.values().get("Price")).isEqualByComparingTo("100");
    }

    @Test
    void aCustomerAccountAndContact() throws IOException {
        JsonNode customer = json(ORDER).get("customer");
        MappedFields account = FieldMapper.apply(DEFAULT, "customers.account", customer, MappingContext.of("order 1"));
        assertThat(account.values()).containsEntry("AccountName", "Jan Jansen")
                .containsEntry("EmailAddress", "jan@example.com").containsEntry("DeliveryAddressline1", "Kerkstraat 3")
                .containsEntry("InvoiceCountry", "NL").doesNotContainKey("VATNumber");
        MappedFields contact = FieldMapper.apply(DEFAULT, "customers.contact", customer, MappingContext.of("order 1"));
        assertThat(contact.values()).containsEntry("FirstName", "Jan").containsEntry("LastName", "Jansen");
    }

    @Test
    void aGlobeItemBecomesACcvProduct() throws IOException {
        JsonNode item = json("""
                {"ItemCode": "PH-001   ", "Description0": "Phone Blue", "SalesPrice": 499.999, "GTIN": "8712345678906",
                 "NetWeight": 0.2, "SalesVATCode": "2  ", "TextDescription": "A blue phone"}""");
        MappedFields product = FieldMapper.apply(DEFAULT, "articles.product", item, MappingContext.of("SKU PH-001"));
        assertThat(product.values()).containsEntry("productnumber", "PH-001").containsEntry("name", "Phone Blue")
                .containsEntry("price", new BigDecimal("500.00")).containsEntry("taxtariff", "normal")
                .containsEntry("discount", BigDecimal.ZERO);
    }

    @Test
    void aLookupMissIsABusinessErrorNamingTableAndValue() throws IOException {
        JsonNode item = json("{\"ItemCode\": \"X1\", \"Description0\": \"X\", \"SalesVATCode\": \"Q9\"}");
        assertThatThrownBy(() -> FieldMapper.apply(DEFAULT, "articles.product", item, MappingContext.of("SKU X1")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("lookup table 'tax-tariffs' has no row for value 'Q9'");
                    assertThat(e.record()).isEqualTo("SKU X1");
                    assertThat(e.field()).isEqualTo("taxtariff");
                });
    }

    @Test
    void textLongerThanTheGlobeFieldIsABusinessError() throws IOException {
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, "fields:\n  orders:\n    line:\n      Description: $.product_name\n");
        Mapping mapping = MappingLoader.load(Optional.of(file));
        JsonNode row = json("{\"product_name\": \"" + "x".repeat(61) + "\", \"selling_price\": 1}");
        assertThatThrownBy(() -> FieldMapper.apply(mapping, "orders.line", row,
                MappingContext.of("order 5").withVariable("vat-divisor", BigDecimal.ONE)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Globe SalesOrderLine.Description takes at most 60 characters, the mapped value has 61"
                        + " (add truncate:60 to the rule at " + file + ":4)");
    }
}
