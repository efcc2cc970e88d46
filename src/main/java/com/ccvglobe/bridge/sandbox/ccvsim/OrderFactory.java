package com.ccvglobe.bridge.sandbox.ccvsim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds orders the way the storefront does: rows priced from the catalogue (variants with their option
 * surcharges), a coupon, shipping per country (free from € 75), payment costs, VAT per row, totals incl.
 * VAT, an order number on completion; persons and companies from NL, BE and DE.
 */
public final class OrderFactory {

    /** What a shopper checks out: who, what ({@code [productId, combinationId or 0, count]}), how to pay. */
    public record Basket(Shopper shopper, List<long[]> lines, String coupon, long paymethodId, Instant at) {
    }

    /** A person or a company with a billing address and, sometimes, a different delivery address. */
    public record Shopper(String email, boolean company, String firstName, String lastName, String companyName,
            Address billing, Address delivery, Long userId) {
    }

    public record Address(String street, int housenumber, String suffix, String zipcode, String city, String countryCode,
            String country, String phone) {
    }

    private static final String[][] PEOPLE = { { "Jan", "Jansen" }, { "Sanne", "de Boer" }, { "Pieter", "Bakker" },
        { "Fatima", "El Amrani" }, { "Lotte", "Visser" }, { "Koen", "Peeters" }, { "Lies", "Janssens" },
        { "Thomas", "Müller" }, { "Anna", "Schmidt" }, { "Ruben", "Smit" }, { "Emma", "Mertens" }, { "Lukas", "Weber" } };
    private static final String[] COMPANIES = { "Bakkerij De Vries B.V.", "Studio Noord", "Verhuur Peeters BVBA",
        "Müller Bürobedarf GmbH", "Kantoorhuis Utrecht", "Café 't Hoekje" };
    private static final Address[] ADDRESSES = {
        new Address("Kerkstraat", 12, "", "1017 GC", "Amsterdam", "NL", "Nederland", "0612345678"),
        new Address("Oudegracht", 231, "bis", "3511 NK", "Utrecht", "NL", "Nederland", "0301234567"),
        new Address("Grote Markt", 5, "A", "9711 LV", "Groningen", "NL", "Nederland", "0501234567"),
        new Address("Meir", 78, "", "2000", "Antwerpen", "BE", "België", "+3232345678"),
        new Address("Rue Neuve", 14, "", "1000", "Brussel", "BE", "België", "+3221234567"),
        new Address("Hauptstraße", 3, "", "50667", "Köln", "DE", "Duitsland", "+492211234567"),
        new Address("Friedrichstraße", 120, "", "10117", "Berlin", "DE", "Duitsland", "+49301234567") };
    private static final String[][] COUPONS = { { "WELKOM10", "percentage", "10" }, { "KORTING5", "price", "5" },
        { "GRATISVERZENDING", "shipping", "0" }, { "PERSONEEL", "percentage", "25" } };
    /** The coupons demo shoppers use: the first three (PERSONEEL is the shop's staff discount). */
    private static final int SHOPPER_COUPONS = 3;

    private final ShopData data;

    OrderFactory(ShopData data) {
        this.data = data;
    }

    /** A random but realistic basket from the demo catalogue. */
    public Basket randomBasket(Random random, Instant at) {
        String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
        boolean company = random.nextInt(4) == 0;
        Address billing = ADDRESSES[random.nextInt(ADDRESSES.length)];
        Address delivery = random.nextInt(5) == 0 ? ADDRESSES[random.nextInt(ADDRESSES.length)] : null;
        List<ObjectNode> users = data.all("users");
        Long userId = !users.isEmpty() && random.nextInt(3) == 0 ? users.get(random.nextInt(users.size())).path("id").asLong() : null;
        String email = (person[0] + "." + person[1]).toLowerCase().replaceAll("[^a-z.]", "") + random.nextInt(1000) + "@example.com";
        Shopper shopper = new Shopper(email, company, person[0], person[1],
                company ? COMPANIES[random.nextInt(COMPANIES.length)] : "", billing, delivery, userId);
        List<ObjectNode> products = data.all("products");
        List<long[]> lines = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count && !products.isEmpty(); i++) {
            ObjectNode p = products.get(random.nextInt(products.size()));
            long productId = p.path("id").asLong();
            List<ObjectNode> combos = data.where("attributecombinations", c -> c.path("product_id").asLong() == productId);
            long combo = combos.isEmpty() ? 0 : combos.get(random.nextInt(combos.size())).path("id").asLong();
            lines.add(new long[] { productId, combo, 1 + random.nextInt(company ? 10 : 3) });
        }
        String coupon = random.nextInt(5) == 0 ? COUPONS[random.nextInt(SHOPPER_COUPONS)][0] : null;
        List<ObjectNode> paymethods = data.all("paymethods");
        long paymethod = paymethods.isEmpty() ? 0 : paymethods.get(company ? paymethods.size() - 1
                : random.nextInt(Math.max(1, paymethods.size() - 1))).path("id").asLong();
        return new Basket(shopper, lines, coupon, paymethod, at);
    }

    /**
     * A basket of customer number {@code customer} (the same number is always the same shopper, e-mail
     * {@code shopper<customer>@example.com}) with one of each product, paid by bank transfer, so not paid yet.
     */
    public Basket customerBasket(int customer, List<Long> productIds, Instant at) {
        String[] person = PEOPLE[Math.floorMod(customer, PEOPLE.length)];
        Shopper shopper = new Shopper("shopper" + customer + "@example.com", false, person[0], person[1], "",
                address(customer), null, null);
        long paymethod = data.where("paymethods", p -> "banktransfer".equals(p.path("psp").asText())).stream()
                .mapToLong(p -> p.path("id").asLong()).findFirst().orElse(0);
        return new Basket(shopper, productIds.stream().map(id -> new long[] { id, 0, 1 }).toList(), null, paymethod, at);
    }

    /** Stores the order and its rows; returns the order id. */
    public long place(Basket basket) {
        synchronized (data) {
            Shopper s = basket.shopper();
            ObjectNode customer = personalInfo(s.email(), s.company() ? "b2b" : "b2c", s.firstName(), s.lastName(),
                    s.companyName(), s.billing());
            if (s.delivery() != null) {
                customer.set("deliveryaddress", address(s.delivery(), s.firstName() + " " + s.lastName(), s.companyName(), false));
            }
            ObjectNode order = SimJson.object();
            order.set("customer", customer);
            List<ObjectNode> rows = new ArrayList<>();
            for (long[] line : basket.lines()) {
                ObjectNode product = data.get("products", line[0]);
                if (product != null) {
                    rows.add(OrderPricing.row(data, product, line[1], line[2]));
                }
            }
            return store(order, rows, basket.coupon(), basket.paymethodId(), s.userId(), basket.at()).path("id").asLong();
        }
    }

    /** An order POSTed through the API: rows by {@code product_id} (catalogue data) or given in full. */
    ObjectNode fromInput(ObjectNode in) {
        ObjectNode order = SimJson.object();
        order.set("customer", in.get("customer"));
        List<ObjectNode> rows = new ArrayList<>();
        for (JsonNode r : in.get("orderrows")) {
            ObjectNode product = r.hasNonNull("product_id") ? data.get("products", r.get("product_id").asLong()) : null;
            ObjectNode row = product != null
                    ? OrderPricing.row(data, product, r.path("attribute_combination_id").asLong(0), r.get("count").asDouble())
                    : OrderPricing.freeRow((ObjectNode) r);
            rows.add(row);
        }
        Long userId = in.hasNonNull("user_id") ? in.get("user_id").asLong() : null;
        String coupon = in.path("discountcoupon").path("code").asText(null);
        ObjectNode stored = store(order, rows, coupon, in.path("paymethod_id").asLong(0), userId, Instant.now(),
                in.path("taxes_included").asBoolean(true), in.path("is_intra_community_order").asBoolean(false));
        for (String field : List.of("deliver_method", "delivery_option")) {
            if (in.hasNonNull(field)) {
                stored.put(field, in.get(field).asText());
            }
        }
        if (in.has("is_completed") && !in.get("is_completed").asBoolean()) {
            stored.put("is_completed", false).putNull("status").putNull("ordernumber").putNull("ordernumber_full");
        }
        return stored;
    }

    private ObjectNode store(ObjectNode order, List<ObjectNode> rows, String coupon, long paymethodId, Long userId, Instant at) {
        return store(order, rows, coupon, paymethodId, userId, at, true, false);
    }

    private ObjectNode store(ObjectNode order, List<ObjectNode> rows, String coupon, long paymethodId, Long userId, Instant at,
            boolean taxesIncluded, boolean intraCommunity) {
        ObjectNode paymethod = data.get("paymethods", paymethodId);
        OrderPricing.fill(order, rows, couponOf(coupon), paymethod, at.truncatedTo(ChronoUnit.SECONDS), taxesIncluded,
                intraCommunity);
        long number = data.nextOrderNumber();
        order.put("ordernumber", number).putNull("ordernumber_prefix").put("ordernumber_full", String.valueOf(number))
                .putNull("invoicenumber");
        ObjectNode user = order.putObject("user");
        if (userId == null) {
            user.putNull("id");
        } else {
            user.put("id", String.valueOf(userId));
        }
        user.put("discount_percentage", 0);
        data.insert("orders", order);
        for (ObjectNode row : rows) {
            row.put("order_id", order.path("id").asLong());
            data.insert("orderrows", row);
        }
        return order;
    }

    private static String[] couponOf(String code) {
        for (String[] c : COUPONS) {
            if (c[0].equals(code)) {
                return c;
            }
        }
        return null;
    }

    static ObjectNode personalInfo(String email, String type, String first, String last, String company, Address billing) {
        ObjectNode info = SimJson.object();
        ObjectNode bill = address(billing, first + " " + last, company, true);
        bill.put("first_name", first).put("last_name", last).put("fax", "");
        info.set("billingaddress", bill);
        info.set("deliveryaddress", emptyDelivery());
        info.put("email", email).put("customertype", type).put("bankaccount", "").put("iban", "").put("bic", "")
                .put("btw", "b2b".equals(type) ? billing.countryCode() + "00123456" + "7B01" : "")
                .put("kvk", "b2b".equals(type) && "NL".equals(billing.countryCode()) ? "12345678" : "")
                .put("reference", "").put("costcentre", "").put("website", "").putNull("birthdate");
        return info;
    }

    static Address address(int index) {
        return ADDRESSES[Math.floorMod(index, ADDRESSES.length)];
    }

    private static ObjectNode address(Address a, String fullName, String company, boolean billing) {
        ObjectNode n = SimJson.object();
        n.putNull("gender");
        n.put("initials", fullName.substring(0, 1) + ".").put("full_name", fullName).put("company", company)
                .put("address_line_1", a.street() + " " + a.housenumber() + a.suffix()).put("address_line_2", "")
                .put("street", a.street()).put("housenumber", a.housenumber()).put("housenumber_suffix", a.suffix())
                .put("zipcode", a.zipcode()).put("city", a.city()).put("province", "").put("country", a.country())
                .put("country_code", a.countryCode()).put("telephone", billing ? a.phone() : "").put("mobile", "")
                .put("comment", "");
        return n;
    }

    /** When the shopper gives no separate delivery address CCV returns every string empty and nulls. */
    private static ObjectNode emptyDelivery() {
        ObjectNode n = SimJson.object();
        n.putNull("gender");
        for (String f : List.of("full_name", "initials", "company", "address_line_1", "address_line_2", "street",
                "housenumber_suffix", "zipcode", "city", "province", "telephone", "mobile", "comment", "country")) {
            n.put(f, "");
        }
        n.putNull("housenumber");
        n.putNull("country_code");
        return n;
    }

    static double money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
