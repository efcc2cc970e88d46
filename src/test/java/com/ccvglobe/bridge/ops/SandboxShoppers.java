package com.ccvglobe.bridge.ops;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.ccvsim.OrderFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test helper for the operations tests: shoppers check out in the sandbox CCV Shop through its order factory (as
 * in the storefront, without webhooks, so the test decides when the bridge sees the order).
 */
@ApplicationScoped
public class SandboxShoppers {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final List<OrderFactory.Address> ADDRESSES = List.of(
            new OrderFactory.Address("Lindengracht", 41, "", "1015 KD", "Amsterdam", "NL", "Nederland", "0620481357"),
            new OrderFactory.Address("Kammenstraat", 9, "B", "2000", "Antwerpen", "BE", "België", "+3234567812"),
            new OrderFactory.Address("Ehrenstraße", 77, "", "50672", "Köln", "DE", "Duitsland", "+492219876543"),
            new OrderFactory.Address("Vismarkt", 18, "a", "9712 CB", "Groningen", "NL", "Nederland", "+31501122334"),
            new OrderFactory.Address("Rue du Bailli", 52, "", "1050", "Elsene", "BE", "België", "+3226481234"),
            new OrderFactory.Address("Bergmannstraße", 104, "", "10961", "Berlin", "DE", "Duitsland", "030 61234567"));

    @Inject
    EmbeddedCcvShop shop;

    public CcvShopSimulator simulator() {
        CcvShopSimulator sim = shop.simulator();
        sim.demo().seed();
        return sim;
    }

    /** A person in the Netherlands buys {@code count} of the product with that SKU and pays with iDEAL (paid at once). */
    public PlacedOrder personBuys(String sku, int count) {
        String email = "ops.shopper" + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000 + "@example.com";
        OrderFactory.Address address = new OrderFactory.Address("Prinsengracht", 263, "", "1016 GV", "Amsterdam", "NL",
                "Nederland", "0687654321");
        OrderFactory.Shopper shopper = new OrderFactory.Shopper(email, false, "Anne", "Frank", "", address, null, null);
        List<long[]> lines = new ArrayList<>();
        lines.add(new long[] { productId(sku), 0, count });
        return place(new OrderFactory.Basket(shopper, lines, null, paymethodId("iDEAL"), Instant.now()));
    }

    /**
     * {@code count} demo baskets from the order factory and a fixed seed (persons and companies, articles, coupons,
     * payment methods), addressed in turn to NL, BE and DE, every third one with a separate delivery address; every
     * other one paid with iDEAL, the rest as the factory chose.
     */
    public List<PlacedOrder> demoOrders(int count, long seed) {
        CcvShopSimulator sim = simulator();
        Random random = new Random(seed);
        List<PlacedOrder> placed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrderFactory.Basket basket = sim.demo().orders().randomBasket(random, Instant.now());
            OrderFactory.Shopper s = basket.shopper();
            // unique per run: the seed repeats across test runs in one state store
            OrderFactory.Address billing = ADDRESSES.get(i % ADDRESSES.size());
            OrderFactory.Address delivery = i % 3 == 2 ? ADDRESSES.get((i + 3) % ADDRESSES.size()) : null;
            OrderFactory.Shopper unique = new OrderFactory.Shopper(s.email().replace("@", "." + System.nanoTime() % 100000 + "@"),
                    s.company(), s.firstName(), s.lastName(), s.companyName(), billing, delivery, null);
            long paymethod = i % 2 == 0 ? paymethodId("iDEAL") : basket.paymethodId();
            placed.add(place(new OrderFactory.Basket(unique, basket.lines(), basket.coupon(), paymethod, basket.at())));
        }
        return placed;
    }

    private PlacedOrder place(OrderFactory.Basket basket) {
        CcvShopSimulator sim = simulator();
        long id = sim.demo().orders().place(basket);
        return new PlacedOrder(id, sim.data().get("orders", id));
    }

    long productId(String sku) {
        return simulator().data().all("products").stream().filter(p -> sku.equals(p.path("productnumber").asText()))
                .findFirst().orElseThrow().path("id").asLong();
    }

    long paymethodId(String name) {
        return simulator().data().all("paymethods").stream().filter(p -> name.equals(p.path("combined_name").asText()))
                .findFirst().orElseThrow().path("id").asLong();
    }

    /** An order as the CCV Shop stored it, with the shopper's personal data the bridge must never show in clear. */
    public record PlacedOrder(long id, ObjectNode order) {

        public String key() {
            return String.valueOf(id);
        }

        /** E-mail address, phone numbers and street lines of the billing and delivery addresses. */
        public List<String> personalData() {
            List<String> values = new ArrayList<>();
            JsonNode customer = order.path("customer");
            values.add(customer.path("email").asText());
            for (String block : List.of("billingaddress", "deliveryaddress")) {
                JsonNode a = customer.path(block);
                for (String field : List.of("address_line_1", "telephone", "mobile")) {
                    String value = a.path(field).asText("").trim();
                    if (value.length() >= 4) {
                        values.add(value);
                    }
                }
            }
            return values.stream().distinct().toList();
        }
    }
}
