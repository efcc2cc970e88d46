package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.ccvglobe.bridge.mapping.Mapping;
import com.ccvglobe.bridge.mapping.MappingLoader;
import com.ccvglobe.bridge.sandbox.globesim.GlobeSimulator;
import com.ccvglobe.bridge.support.BusinessException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * {@code bridge.orders.allow-credit} (docs/orders.md, "Order sanity"): a refund written as a CCV order — a row with a
 * negative price, negative extra costs, a negative total — parks by default and, with the switch on, is booked as it
 * is: a Globe sales order with a negative total. Against a standalone Globe simulator (no application boot).
 */
class CreditOrdersTest {

    private static final ObjectMapper CCV = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).build();
    private static final Mapping MAPPING = MappingLoader.loadDefault();
    private static GlobeSimulator sim;
    private static GlobeEntityClient client;

    @BeforeAll
    static void start() {
        sim = GlobeSimulator.start(GlobeSimulator.Options.defaults());
        GlobeSimulator.Options o = sim.options();
        client = new GlobeEntityClient(new GlobeConnection(sim.baseUrl(), o.serverName(), o.databaseName(), o.username(),
                o.password(), o.domain(), GlobeConfig.Auth.basic, sim.jdbcUrl(), sim.sqlUsername(), sim.sqlPassword()),
                Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        client.close();
        sim.close();
    }

    private static OrdersConfig config(boolean allowCredit) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(OrdersConfig.class)
                .withConverter(Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withDefaultValue("bridge.orders.allow-credit", String.valueOf(allowCredit)).build();
        return config.getConfigMapping(OrdersConfig.class);
    }

    /** A refund: one returned article (−20.00) and a refunded shipping fee as negative extra costs (−6.95). */
    private static OrderInput refund(long id) throws Exception {
        CcvOrder order = CCV.readValue("""
                {"id": %d, "ordernumber_full": "CR-%d", "create_date": "2026-12-01T10:00:00Z", "status": 1, "is_completed": true,
                 "paid": true, "paymethod": "iDEAL", "deliver_method": "shipping", "taxes_included": true,
                 "order_row_taxes_included": true, "shipping_taxes_included": true, "shipping_tax_percentage": 21,
                 "is_intra_community_order": false, "total_shipping": 0, "total_discounts": 0, "total_price": -26.95,
                 "paymethod_costs": 0, "extra_costs": -6.95, "extra_costs_description": "Refunded shipping",
                 "credit_point_discount": 0, "currency": "EUR",
                 "customer": {"email": "klant@example.nl", "customertype": "b2c", "billingaddress": {"full_name": "Sanne de Boer",
                   "first_name": "Sanne", "last_name": "de Boer", "address_line_1": "Kerkstraat 12", "zipcode": "1017 GC",
                   "city": "Amsterdam", "country_code": "NL"}}}
                """.formatted(id, id), CcvOrder.class);
        List<CcvOrderRow> rows = List.of(CCV.readValue("""
                {"id": 1, "order_id": %d, "product_name": "Demo artikel 3", "product_number": "ART-0003", "count": 1,
                 "price": -20.00, "discount": 0, "tax": 21, "selling_price": -20.00, "price_with_attributes": -20.00}
                """.formatted(id), CcvOrderRow.class));
        return new OrderInput(order, rows);
    }

    @Test
    void aCreditOrderParksByDefaultNamingTheNegativePrice() throws Exception {
        OrderInput input = refund(601);

        assertThatThrownBy(() -> new OrderSanity(config(false)).check(input)).isInstanceOfSatisfying(BusinessException.class,
                e -> {
                    assertThat(e.record()).isEqualTo("order 601 (#CR-601)");
                    assertThat(e.field()).isEqualTo("orderrows[0].price");
                    assertThat(e.getMessage()).contains("order row 1 (SKU ART-0003)").contains("negative price of -20.00");
                });
    }

    @Test
    void withAllowCreditTheRefundIsBookedAsASalesOrderWithANegativeTotal() throws Exception {
        OrdersConfig config = config(true);
        OrderInput input = refund(602);

        new OrderSanity(config).check(input);
        OrderDocument document = new OrderDocumentMapper(() -> MAPPING, new GlobeVatCodes(client), config).map(input);
        GlobeDocument booked = OrderCommitter.book(new GlobeDocumentWriter(client), document, "1000", config);

        GlobeRecord header = client.find("SalesOrderHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", "CR-602"))).get(0);
        assertThat(header.text("SalesOrderNumber")).isEqualTo(booked.number());
        assertThat(header.number("TotalAmount")).isEqualByComparingTo("-26.95");
        List<GlobeRecord> lines = client.find("SalesOrderLine", GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber",
                booked.number())));
        assertThat(lines).extracting(l -> l.text("Itemcode")).containsExactlyInAnyOrder("ART-0003", "KORTING");
        assertThat(lines).allSatisfy(l -> assertThat(l.number("Quantity")).as("counts stay positive").isPositive());
    }

    @Test
    void maxTotalAppliesToCreditOrdersToo() throws Exception {
        OrderInput input = refund(603);
        CcvOrder order = input.order();
        CcvOrder huge = CCV.readValue(CCV.writeValueAsString(order).replace("-26.95", "-250000.00"), CcvOrder.class);

        assertThatThrownBy(() -> new OrderSanity(config(true)).check(new OrderInput(huge, input.rows())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("total_price"));
    }
}
