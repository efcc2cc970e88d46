package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.ccvshop.CcvOrderRow;
import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.config.GlobeConnection;
import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentWriter;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.mapping.DocumentBody;
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingLoader;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The invoice and financial document modes against a standalone Globe simulator (no application boot): a German
 * order incl. VAT becomes a direct invoice, and a sales journal entry on the German revenue account that balances to
 * the cent, with the payment in the bank journal.
 */
class OrderDocumentsTest {

    private static final ObjectMapper CCV = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();
    private static final Mapping MAPPING = MappingLoader.loadDefault();
    private static GlobeSimulator sim;
    private static GlobeEntityClient client;
    private static GlobeDocumentWriter writer;

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
        GlobeSimulator.Options o = sim.options();
        client = new GlobeEntityClient(new GlobeConnection(sim.baseUrl(), o.serverName(), o.databaseName(), o.username(),
                o.password(), o.domain(), GlobeConfig.Auth.ntlm, sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword()),
                Duration.ofSeconds(10));
        writer = new GlobeDocumentWriter(client);
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    private static OrdersConfig config(String document) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(OrdersConfig.class)
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withDefaultValue("bridge.orders.document", document).build();
        return config.getConfigMapping(OrdersConfig.class);
    }

    private static OrderInput germanOrder(long id) throws Exception {
        CcvOrder order = CCV.readValue("""
                {"id": %d, "ordernumber_full": "DE-%d", "create_date": "2026-11-28T10:00:00Z", "status": 1, "is_completed": true,
                 "paid": true, "paymethod": "iDEAL", "deliver_method": "shipping", "taxes_included": true,
                 "order_row_taxes_included": true, "shipping_taxes_included": true, "shipping_tax_percentage": 21,
                 "is_intra_community_order": false, "total_shipping": 9.95, "total_discounts": 0, "total_price": 121.85,
                 "paymethod_costs": 0, "extra_costs": 0, "credit_point_discount": 0, "currency": "EUR",
                 "customer": {"email": "kunde@example.de", "customertype": "b2c", "billingaddress": {"full_name": "Anna Schmidt",
                   "first_name": "Anna", "last_name": "Schmidt", "address_line_1": "Hauptstraße 3", "zipcode": "50667",
                   "city": "Köln", "country_code": "DE"}}}
                """.formatted(id, id), CcvOrder.class);
        List<CcvOrderRow> rows = List.of(CCV.readValue("""
                {"id": 1, "order_id": %d, "product_name": "Demo artikel 3", "product_number": "ART-0003", "count": 2,
                 "price": 55.95, "discount": 0, "tax": 21, "selling_price": 55.95, "price_with_attributes": 55.95}
                """.formatted(id), CcvOrderRow.class));
        return new OrderInput(order, rows);
    }

    @Test
    void invoiceModeWritesADirectInvoiceWithItemCodeLines() throws Exception {
        OrdersConfig config = config("invoice");
        OrderDocument document = new OrderDocumentMapper(() -> MAPPING, new GlobeVatCodes(client), config).map(germanOrder(501));

        assertThat(document.header()).containsEntry("InvoiceCode", "60").containsKey("TranscationDate")
                .containsEntry("DeliveryCountryCode", "DE");
        assertThat(document.total()).isEqualByComparingTo("121.85");
        assertThat(document.lines()).extracting(DocumentLine::vatCode).containsOnly("D19");
        GlobeDocument invoice = OrderCommitter.book(writer, document, "1000", config);

        assertThat(Long.parseLong(invoice.number())).isGreaterThanOrEqualTo(24000001L);
    }

    @Test
    void financialModeBooksABalancedEntryOnTheCountrysRevenueAccountAndThePayment() throws Exception {
        OrdersConfig config = config("financial");
        OrderDocument document = new OrderDocumentMapper(() -> MAPPING, new GlobeVatCodes(client), config).map(germanOrder(502));
        assertThat(document.revenueAccount()).isEqualTo("8020");

        GlobeDocument entry = OrderCommitter.book(writer, document, "1000", config);
        GlobeDocument payment = OrderCommitter.bookPayment(writer, document, "1000", config);

        List<GlobeRecord> lines = client.find("FinancialLine", GlobeQuery.where(GlobeFilter.eq("EntryNumber", entry.number())));
        assertThat(lines).extracting(l -> l.text("GLAccount")).containsExactlyInAnyOrder("1300", "8020");
        BigDecimal balance = lines.stream().map(l -> l.number("Amount").add(l.number("VATAmount") == null ? BigDecimal.ZERO
                : l.number("VATAmount"))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(balance).isEqualByComparingTo("0");
        GlobeRecord receivable = lines.stream().filter(l -> "1300".equals(l.text("GLAccount"))).findFirst().orElseThrow();
        assertThat(receivable.number("Amount")).isEqualByComparingTo("121.85");
        GlobeRecord revenue = lines.stream().filter(l -> "8020".equals(l.text("GLAccount"))).findFirst().orElseThrow();
        assertThat(revenue.text("VATCode")).isEqualTo("D19");
        assertThat(revenue.number("VATAmount").negate()).as("VAT per line (111.90 and 9.95 at 19 %% incl.), rounded per line").isEqualByComparingTo("19.46");
        assertThat(client.find("FinancialHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", "DE-502"))))
                .extracting(h -> h.text("Journal")).containsExactlyInAnyOrder("70", "10");
        assertThat(client.find("FinancialLine", GlobeQuery.where(GlobeFilter.eq("EntryNumber", payment.number()))))
                .extracting(l -> l.text("GLAccount")).containsExactlyInAnyOrder("1100", "1300");

        List<DocumentBody> previewed = FinancialEntries.salesLines(document, "1000", config.financial());
        assertThat(previewed).as("the entry lines the dry run shows are the lines booked").hasSameSizeAs(lines)
                .allSatisfy(line -> assertThat(line.provenance().keySet()).as("every field has its provenance")
                        .isEqualTo(line.values().keySet()));
        DocumentBody previewedRevenue = previewed.stream().filter(l -> "8020".equals(l.get("GLAccount"))).findFirst().orElseThrow();
        assertThat((BigDecimal) previewedRevenue.get("Amount")).isEqualByComparingTo(revenue.number("Amount"));
        assertThat(DocumentBody.describe(previewedRevenue.source("GLAccount"))).as("the revenue-accounts row")
                .startsWith("revenue-accounts").contains("default-mapping.yaml:");
        assertThat(DocumentBody.describe(previewedRevenue.source("VATCode"))).as("the VAT table row: 21 %% in DE has no row")
                .isEqualTo("vat.default-per-country.DE (default-mapping.yaml:22)");
        assertThat(DocumentBody.describe(FinancialEntries.salesHeader(document, "1000", config.financial()).source("Journal")))
                .isEqualTo("set by the flow: bridge.orders.financial.sales-journal");
    }
}
