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

import com.ccvglobe.bridge.mapping.DebtorSettings.DefaultDebtorUse;
import com.ccvglobe.bridge.mapping.StockSettings.Calculation;
import com.ccvglobe.bridge.support.BusinessException;

/** The shipped default mapping, the user's file laid over it, and load errors naming file, line and key. */
class MappingLoaderTest {

    @TempDir
    Path dir;

    private Path userFile(String yaml) throws IOException {
        Path file = dir.resolve("my-mapping.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private Mapping withUser(String yaml) throws IOException {
        return MappingLoader.load(Optional.of(userFile(yaml)));
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultMappingHasTheCodesTheSandboxExpects() {
        Mapping mapping = MappingLoader.loadDefault();
        VatCodes vat = mapping.vat();
        assertThat(vat.codeFor(n("21"), "NL", false, false, "order 1")).isEqualTo("2");
        assertThat(vat.codeFor(n("9"), "nl", false, false, "order 1")).isEqualTo("1");
        assertThat(vat.codeFor(n("21.0"), "BE", false, false, "order 1")).isEqualTo("B21");
        assertThat(vat.codeFor(n("6"), "BE", false, false, "order 1")).isEqualTo("B6");
        assertThat(vat.codeFor(n("19"), "DE", false, false, "order 1")).isEqualTo("D19");
        assertThat(vat.codeFor(n("7"), "DE", false, false, "order 1")).isEqualTo("D7");
        assertThat(vat.codeFor(n("0"), "BE", false, false, "order 1")).isEqualTo("0");
        assertThat(vat.codeFor(n("0"), "FR", true, false, "order 1")).isEqualTo("IC0");
        assertThat(vat.codeFor(n("0"), "US", false, true, "order 1")).isEqualTo("EX0");
        assertThat(vat.codeFor(n("13"), "NL", false, false, "order 1")).as("country default").isEqualTo("2");
        assertThatThrownBy(() -> vat.codeFor(n("20"), "FR", false, false, "order 9"))
                .isInstanceOf(BusinessException.class).hasMessageContaining("rate 20%, country FR");

        PaymentMethods.PaymentTerms bankTransfer = mapping.paymentMethods().forPaymethod("BankTransfer", "order 1");
        assertThat(bankTransfer.method()).isEqualTo("B");
        assertThat(bankTransfer.condition()).isEqualTo("14");
        assertThat(bankTransfer.rule()).matches("payment-methods\\.BankTransfer \\(default-mapping\\.yaml:\\d+\\)");
        assertThat(mapping.paymentMethods().forPaymethod("ideal", "order 1").condition()).isEqualTo("00");
        assertThat(mapping.paymentMethods().forPaymethod("Klarna", "order 1").method()).isEqualTo("B");
        assertThat(mapping.shippingMethods().forOrder("PG", "shipping", "order 1")).isEqualTo("PNL");
        assertThat(mapping.shippingMethods().forOrder(null, "pickup", "order 1")).isEqualTo("AFH");
        assertThat(mapping.revenueAccounts().forOrder("BE", false, false)).isEqualTo("8010");
        assertThat(mapping.revenueAccounts().forOrder("FR", true, false)).isEqualTo("8030");
        assertThat(mapping.costCentres().valueFor("shop", "NL", "iDEAL")).contains("WEBSHOP");
        assertThat(vat.resolve(n("9"), "NL", false, false, "order 1").rule()).isEqualTo("vat.codes[1] (default-mapping.yaml:10)");
        assertThat(vat.resolve(n("13"), "NL", false, false, "order 1").key()).isEqualTo("vat.default-per-country.NL");
        assertThat(mapping.shippingMethods().resolve("DHDLE", null, "order 1").key())
                .isEqualTo("shipping-methods.by-delivery-option.DHDLE");
        assertThat(mapping.revenueAccounts().resolve("DE", false, false).key()).isEqualTo("revenue-accounts.by-country.DE");
        assertThat(mapping.items()).isEqualTo(new ItemCodes("VERZEND", "BETAALKOST", "KORTING"));
        assertThat(mapping.debtors().defaultDebtor()).isEqualTo("1000");
        assertThat(mapping.debtors().defaultDebtorUse()).isEqualTo(DefaultDebtorUse.NEVER);
        assertThat(mapping.debtors().numberFrom()).isEqualTo(100000);
        assertThat(mapping.debtors().classificationFor("b2b")).contains("B2B");
        assertThat(mapping.stock().calculation()).isEqualTo(Calculation.FREE);
        assertThat(mapping.stock().publishable(n("-3"), null)).isEqualByComparingTo("0");
        assertThat(mapping.createOnlyArticleFields()).containsExactly("name", "shortdescription", "description", "page_title",
                "meta_description", "meta_keywords");
        assertThat(mapping.fields().keySet()).contains("orders.header", "orders.line", "customers.account",
                "customers.contact", "articles.product");
    }

    @Test
    void aUserVatRowOverridesThatRowAndTheRestStaysDefault() throws IOException {
        Mapping mapping = withUser("""
                vat:
                  codes:
                    - { country: NL, rate: 21, code: "V21" }
                    - { country: FR, rate: 20, code: "F20" }
                """);
        VatCodes vat = mapping.vat();
        assertThat(vat.codeFor(n("21"), "NL", false, false, "o")).isEqualTo("V21");
        assertThat(vat.codeFor(n("20"), "FR", false, false, "o")).isEqualTo("F20");
        assertThat(vat.codeFor(n("9"), "NL", false, false, "o")).isEqualTo("1");
        assertThat(vat.codeFor(n("6"), "BE", false, false, "o")).isEqualTo("B6");
        assertThat(vat.codeFor(n("0"), "DE", true, false, "o")).isEqualTo("IC0");
        assertThat(vat.rows()).hasSize(10);
        assertThat(vat.resolve(n("21"), "NL", false, false, "o").origin().file()).endsWith("my-mapping.yaml");
        assertThat(vat.resolve(n("21"), "NL", false, false, "o").origin().line()).isEqualTo(3);
        assertThat(vat.resolve(n("20"), "FR", false, false, "o").key()).isEqualTo("vat.codes[9]");
        assertThat(vat.defaultPerCountry().get("DE").value()).isEqualTo("D19");
        assertThat(mapping.items().freight()).isEqualTo("VERZEND");
        assertThat(mapping.files()).hasSize(2);
    }

    @Test
    void userKeysOverrideOneByOne() throws IOException {
        Mapping mapping = withUser("""
                items:
                  freight: SHIP
                payment-methods:
                  BankTransfer: { method: I, condition: "30" }
                fields:
                  orders:
                    line:
                      Description: { source: $.product_name, transforms: [ upper ] }
                      Itemcode: { constant: "ONE" }
                """);
        assertThat(mapping.items()).isEqualTo(new ItemCodes("SHIP", "BETAALKOST", "KORTING"));
        assertThat(mapping.paymentMethods().forPaymethod("BankTransfer", "o").method()).isEqualTo("I");
        assertThat(mapping.paymentMethods().forPaymethod("iDEAL", "o").method()).isEqualTo("E");
        EntityMapping line = mapping.entity("orders.line").orElseThrow();
        assertThat(line.rules().get("Description").describe()).isEqualTo("$.product_name | upper");
        assertThat(line.rules().get("Description").origin().file()).endsWith("my-mapping.yaml");
        assertThat(line.rules().get("Itemcode").describe()).as("a rule is replaced whole").isEqualTo("constant \"ONE\"");
        assertThat(line.rules().get("Quantity").origin().file()).isEqualTo("default-mapping.yaml");
    }

    @Test
    void aWrongCasingOfAGlobeFieldIsRejectedWithTheRealSpelling() throws IOException {
        assertThatThrownBy(() -> withUser("""
                fields:
                  orders:
                    line:
                      ItemCode: $.product_number
                """))
                .isInstanceOf(MappingException.class)
                .hasMessage(dir.resolve("my-mapping.yaml") + ":4: key 'fields.orders.line.ItemCode': 'ItemCode' is not a"
                        + " field of Globe SalesOrderLine (did you mean 'Itemcode'?)");
        assertThatThrownBy(() -> withUser("""
                fields:
                  orders:
                    invoice-line:
                      Itemcode: $.product_number
                """)).hasMessageContaining("(did you mean 'ItemCode'?)");
        assertThatThrownBy(() -> withUser("""
                fields:
                  customers:
                    account:
                      DeliveryAddressLine1: $.x
                """)).hasMessageContaining("(did you mean 'DeliveryAddressline1'?)");
        assertThat(withUser("""
                fields:
                  orders:
                    invoice-header:
                      TranscationDate: { source: $.create_date, transforms: [ date:odata ] }
                """).entity("orders.invoice-header").orElseThrow().rules()).containsKey("TranscationDate");
        assertThatThrownBy(() -> withUser("""
                fields:
                  articles:
                    product:
                      Name: $.Description0
                """)).hasMessageContaining("'Name' is not a field of CCV products (did you mean 'name'?)");
    }

    @Test
    void schemaErrorsNameFileLineAndKey() throws IOException {
        String file = dir.resolve("my-mapping.yaml").toString();
        assertThatThrownBy(() -> withUser("# mine\nvat-codes: []\n"))
                .hasMessageStartingWith(file + ":2: key 'vat-codes': unknown key");
        assertThatThrownBy(() -> withUser("items:\n  freigth: X\n"))
                .hasMessageStartingWith(file + ":2: key 'items.freigth': unknown key (did you mean 'freight'?)");
        assertThatThrownBy(() -> withUser("vat:\n  codes:\n    - { country: NL, rate: x, code: A }\n"))
                .hasMessage(file + ":3: key 'vat.codes[9].rate': must be a number, not 'x'");
        assertThatThrownBy(() -> withUser("vat:\n  codes:\n    - { country: FR, rate: 20, code: F1 }\n    - { country: FR, rate: 20.0, code: F2 }\n"))
                .hasMessage(file + ":4: key 'vat.codes[1]': the same country, rate, intra-community, export as"
                        + " vat.codes[0] (line 3)");
        assertThatThrownBy(() -> withUser("payment-methods:\n  PayPal: { method: Q, condition: \"00\" }\n"))
                .hasMessageStartingWith(file + ":2: key 'payment-methods.PayPal.method': 'Q' is not a Globe payment method");
        assertThatThrownBy(() -> withUser("shipping-methods:\n  default: POSTNL1\n"))
                .hasMessageStartingWith(file + ":2: key 'shipping-methods.default': 'POSTNL1' is longer than the 5");
        assertThatThrownBy(() -> withUser("default-debtor:\n  code: \"1234567\"\n"))
                .hasMessageContaining(":2: key 'default-debtor.code': a Globe debtor number has at most 6 digits");
        assertThatThrownBy(() -> withUser("stock:\n  calculation: available\n"))
                .hasMessageContaining(":2: key 'stock.calculation': must be free, on-hand or planned");
        assertThatThrownBy(() -> withUser("fields:\n  orders:\n    line:\n      Quantity: { source: $.count, transforms: [ trimm ] }\n"))
                .hasMessageContaining(":4: key 'fields.orders.line.Quantity.transforms[0]': unknown transform 'trimm'");
        assertThatThrownBy(() -> withUser("fields:\n  orders:\n    line:\n      Quantity: { source: count }\n"))
                .hasMessageContaining(":4: key 'fields.orders.line.Quantity.source': a source path must start with '$'");
        assertThatThrownBy(() -> withUser("fields:\n  articles:\n    product:\n      taxtariff: { source: $.SalesVATCode, transforms: [ lookup:vat ] }\n"))
                .hasMessageContaining("lookup table 'vat' does not exist under lookups:");
        assertThatThrownBy(() -> withUser("items:\n  freight: A\n  freight: B\n"))
                .hasMessageContaining(":3: key 'items.freight': duplicate key (first written on line 2)");
        assertThatThrownBy(() -> withUser("items:\n  freight: [A\n"))
                .isInstanceOf(MappingException.class).hasMessageStartingWith(file + ":2: key '(syntax)': not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void articleBrandPackageSpecsAndCategoryTreeAreCheckedAtLoadTime() throws IOException {
        Mapping mapping = withUser("""
                articles:
                  brand: { source: TextFreeField5, table: brands }
                  package: { source: PackageDescription, table: packs }
                  specs:
                    - { name: Land van herkomst, source: TextFreeField3, table: countries }
                    - { name: Levertijd, source: NumberFreeField2, unit: dagen }
                  category-tree: [ assortment, Class01Code ]
                lookups:
                  brands: { ACME: "31001", "*": "31002" }
                  packs: { BRIEF: "1664902" }
                  countries: { NL: Nederland }
                """);
        assertThat(mapping.articles().brand().orElseThrow().source()).isEqualTo("TextFreeField5");
        assertThat(mapping.articles().packaging().orElseThrow().table()).isEqualTo("packs");
        assertThat(mapping.articles().specs()).extracting(ArticleSettings.Spec::name).containsExactly("Land van herkomst", "Levertijd");
        assertThat(mapping.articles().categoryTree()).containsExactly("assortment", "Class01Code");
        assertThat(mapping.createOnlyArticleFields()).contains("name", "description");
        assertThat(MappingLoader.loadDefault().articles().categoryTree()).containsExactly("assortment");

        assertThatThrownBy(() -> withUser("articles:\n  brand: { source: TextFreeField5, table: brands }\nlookups:\n  brands: { ACME: Acme }\n"))
                .hasMessageContaining(":2: key 'articles.brand.table': row 'ACME' of lookups.brands must be a CCV brand id");
        assertThatThrownBy(() -> withUser("articles:\n  package: { source: PackageDescription, table: packs }\n"))
                .hasMessageContaining("key 'articles.package.table': there is no table 'packs' under lookups");
        assertThatThrownBy(() -> withUser("articles:\n  brand: { source: Textfreefield5, table: tax-tariffs }\n"))
                .hasMessageContaining("key 'articles.brand.source': 'Textfreefield5' is not a field of Globe Item");
        assertThatThrownBy(() -> withUser("articles:\n  specs:\n    - { name: Kleur, source: Colour }\n"))
                .hasMessageContaining("key 'articles.specs[0].source': 'Colour' is not a field of Globe Item");
        assertThatThrownBy(() -> withUser("articles:\n  specs:\n    - { source: TextFreeField2 }\n"))
                .hasMessageContaining("key 'articles.specs[0].name': is required");
        assertThatThrownBy(() -> withUser("articles:\n  category-tree: [ assortment, Class1Code ]\n"))
                .hasMessageContaining("key 'articles.category-tree[1]': 'Class1Code' is not a field of Globe Item");
    }

    @Test
    void norwayStaysACountryCode() throws IOException {
        Mapping mapping = withUser("revenue-accounts:\n  by-country:\n    NO: \"8300\"\n");
        assertThat(mapping.revenueAccounts().forOrder("NO", false, false)).isEqualTo("8300");
    }
}
