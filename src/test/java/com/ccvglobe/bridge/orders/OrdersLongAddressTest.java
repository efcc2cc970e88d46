package com.ccvglobe.bridge.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Streets longer than one Globe address line (100 characters): the default mapping continues them on the next lines of
 * the sales order and the debtor, broken between words; only a street that fits in no three lines parks the order,
 * naming the field.
 */
@QuarkusTest
class OrdersLongAddressTest {

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ParkedMessages parked;

    @BeforeEach
    void onlyTheTestTriggers() {
        sandbox.noWebhooks();
        sandbox.freshRateWindow();
    }

    /** A street of exactly {@code length} characters from words of varying length, with a house number at the end. */
    private static String street(int length) {
        String[] words = { "Burgemeester", "van", "Oldenbarneveltlaan", "hoek", "Achterom", "naast", "de", "Kerk" };
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length - 4; i++) {
            text.append(text.length() == 0 ? "" : " ").append(words[i % words.length]);
        }
        String cut = text.substring(0, length - 4).stripTrailing();
        return cut + " " + "1234".substring(0, length - cut.length() - 1);
    }

    private static List<String> lines(GlobeRecord record, String... fields) {
        List<String> lines = new ArrayList<>();
        for (String field : fields) {
            String value = record.text(field);
            if (value != null && !value.isBlank()) {
                lines.add(value);
            }
        }
        return lines;
    }

    private static void brokenBetweenWords(List<String> lines, String street, int count) {
        assertThat(lines).hasSize(count).allSatisfy(line -> assertThat(line.length()).isBetween(1, 100));
        assertThat(String.join(" ", lines)).as("every word kept, in order, a line break where a space was").isEqualTo(street);
    }

    @Test
    void a127CharacterStreetIsBookedOverTwoAddressLines() {
        String street = street(127);
        assertThat(street).hasSize(127);
        CcvOrder order = sandbox.person("NL").street(street).row("ART-0002", 1).place();

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
        brokenBetweenWords(lines(header, "DeliveryDebtorAddress1", "DeliveryDebtorAddress2", "DeliveryDebtorAddress3"), street, 2);
        GlobeRecord debtor = sandbox.accounts(order.customer().email()).get(0);
        brokenBetweenWords(lines(debtor, "InvoiceAddress", "InvoiceAddress2", "InvoiceAddress3"), street, 2);
        brokenBetweenWords(lines(debtor, "DeliveryAddressline1", "DeliveryAddressline2", "DeliveryAddressline3"), street, 2);
        assertThat(parked.byKey("orders", String.valueOf(order.id()))).isEmpty();
    }

    @Test
    void a250CharacterStreetIsBookedOverThreeAddressLines() {
        String street = street(250);
        CcvOrder order = sandbox.person("BE").street(street).row("ART-0004", 1).place();

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        GlobeRecord header = sandbox.salesOrders(order.ordernumberFull()).get(0);
        brokenBetweenWords(lines(header, "DeliveryDebtorAddress1", "DeliveryDebtorAddress2", "DeliveryDebtorAddress3"), street, 3);
        GlobeRecord debtor = sandbox.accounts(order.customer().email()).get(0);
        brokenBetweenWords(lines(debtor, "InvoiceAddress", "InvoiceAddress2", "InvoiceAddress3"), street, 3);
    }

    @Test
    void a400CharacterStreetParksTheOrderNamingTheField() {
        CcvOrder order = sandbox.person("NL").street(street(400)).row("ART-0002", 1).place();

        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));

        assertThat(sandbox.salesOrders(order.ordernumberFull())).isEmpty();
        assertThat(parked.byKey("orders", String.valueOf(order.id()))).hasValueSatisfying(p -> {
            assertThat(p.errorField()).isIn("DeliveryDebtorAddress1", "InvoiceAddress");
            assertThat(p.reason()).contains("400 characters").contains("does not fit in " + p.errorField());
        });
    }
}
