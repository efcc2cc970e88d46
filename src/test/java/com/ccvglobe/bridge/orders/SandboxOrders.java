package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.ccvshop.CcvApi;
import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.SandboxSystems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test helper for the orders flow: places specific orders in the sandbox CCV Shop through its API (POST /orders),
 * and reads what the sandbox Exact Globe made of them through its entity service and admin API.
 */
@ApplicationScoped
public class SandboxOrders {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    SandboxSystems systems;

    @Inject
    CcvApi ccv;

    @Inject
    GlobeEntityClient globe;

    CcvShopSimulator ccvSim() {
        return systems.shop();
    }

    /** No webhooks: only the test decides when something reaches a flow. */
    void noWebhooks() {
        systems.removeShopWebhooks();
    }

    /**
     * The CCV simulator's per-minute counters start afresh (its limits stay): the calls earlier test classes made in
     * the same minute do not count against this test's orders (the suite hit the total limit once the 120-row and
     * sanity order tests ran just before).
     */
    void freshRateWindow() {
        ccvSim().limits().reset();
    }

    /** A new order builder for a person in the given country. */
    OrderSpec person(String country) {
        return new OrderSpec(this, "shopper" + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000 + "@example.com",
                country, null);
    }

    OrderSpec company(String country, String companyName) {
        return new OrderSpec(this, "buyer" + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000 + "@example.com",
                country, companyName);
    }

    long productId(String sku) {
        return ccvSim().data().all("products").stream().filter(p -> sku.equals(p.path("productnumber").asText()))
                .findFirst().orElseThrow().path("id").asLong();
    }

    long paymethodId(String name) {
        return ccvSim().data().all("paymethods").stream().filter(p -> name.equals(p.path("combined_name").asText()))
                .findFirst().orElseThrow().path("id").asLong();
    }

    CcvOrder place(ObjectNode body) {
        ccvSim();
        return ccv.post("/orders", body, CcvOrder.class);
    }

    List<GlobeRecord> salesOrders(String yourReference) {
        return globe.find("SalesOrderHeader", GlobeQuery.where(GlobeFilter.eq("YourReference", yourReference)));
    }

    List<GlobeRecord> salesOrderLines(String number) {
        return globe.find("SalesOrderLine", GlobeQuery.where(GlobeFilter.eq("SalesOrderNumber", number)));
    }

    List<GlobeRecord> accounts(String email) {
        return globe.find("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
    }

    List<GlobeRecord> contacts(String email) {
        return globe.find("ContactPerson", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
    }

    GlobeEntityClient globe() {
        return globe;
    }

    JsonNode globeAdmin(String method, String path, String body) throws Exception {
        return systems.globeAdmin(method, path, body);
    }

    /**
     * Clears the Globe call log, then makes Globe carry out the next {@code count} calls matching {@code call} (e.g.
     * {@code "POST SalesOrderHeader"}) at once and answer them {@code millis} later; the first {@code failNext} calls
     * fail with 500.
     */
    void globeAnswersLate(String call, int count, long millis, int failNext) throws Exception {
        globeAdmin("DELETE", "calls", null);
        globeAdmin("POST", "faults", JSON.createObjectNode().put("failNext", failNext).put("status", 500)
                .put("lateAnswers", count).put("lateAnswerTo", call).put("lateAnswerMillis", millis).toString());
    }

    /** Clears the Globe call log, then makes Globe start the next call matching {@code call} only {@code millis} later. */
    void globeStartsLate(String call, long millis) throws Exception {
        globeAdmin("DELETE", "calls", null);
        globeAdmin("POST", "faults", JSON.createObjectNode().put("lateStarts", 1).put("lateStartTo", call)
                .put("lateStartMillis", millis).toString());
    }

    /** How many calls {@code "METHOD Entity"} Globe received since its call log was cleared. */
    int globeCalls(String call) throws Exception {
        return globeAdmin("GET", "calls", null).path("counts").path(call).asInt();
    }

    /** A CCV order to place: who, where, what, how paid, and the VAT flags. */
    static final class OrderSpec {
        private final SandboxOrders sandbox;
        final ObjectNode body = JSON.createObjectNode();
        final String email;
        private final ArrayNode rows;
        private final ObjectNode billing;

        OrderSpec(SandboxOrders sandbox, String email, String country, String company) {
            this.sandbox = sandbox;
            this.email = email;
            ObjectNode customer = body.putObject("customer");
            customer.put("email", email).put("customertype", company == null ? "b2c" : "b2b")
                    .put("btw", company == null ? "" : country + "0012345678B01").put("kvk", "");
            billing = customer.putObject("billingaddress");
            Map<String, String[]> addresses = Map.of("NL", new String[] { "Kerkstraat 12", "1017 GC", "Amsterdam" },
                    "BE", new String[] { "Meir 78", "2000", "Antwerpen" }, "DE", new String[] { "Hauptstraße 3", "50667", "Köln" },
                    "FR", new String[] { "Rue de la Paix 16", "75002", "Paris" });
            String[] a = addresses.getOrDefault(country, addresses.get("NL"));
            billing.put("first_name", "Sanne").put("last_name", "de Boer").put("full_name", "Sanne de Boer")
                    .put("initials", "S.").put("company", company == null ? "" : company).put("address_line_1", a[0])
                    .put("zipcode", a[1]).put("city", a[2]).put("country_code", country).put("telephone", "0612345678");
            rows = body.putArray("orderrows");
            body.put("paymethod_id", sandbox.paymethodId("iDEAL"));
        }

        OrderSpec row(String sku, int count) {
            rows.addObject().put("product_id", sandbox.productId(sku)).put("count", count);
            return this;
        }

        /** A row that is not in the CCV catalogue (free row: SKU, price, VAT rate). */
        OrderSpec freeRow(String sku, String price, int tax) {
            rows.addObject().put("product_number", sku).put("product_name", "Free row " + sku).put("count", 1)
                    .put("price", Double.parseDouble(price)).put("tax", tax).put("package_id", 1);
            return this;
        }

        /** A free row with the count and unit price given as typed (e.g. {@code "0"}, {@code "-25.00"}, {@code "1e20"}). */
        OrderSpec freeRow(String sku, String count, String price) {
            rows.addObject().put("product_number", sku).put("product_name", "Free row " + sku)
                    .put("count", new BigDecimal(count)).put("price", new BigDecimal(price)).put("tax", 21)
                    .put("package_id", 1);
            return this;
        }

        /** The shopper's name on the billing address (first, last and full name). */
        OrderSpec name(String first, String last) {
            billing.put("first_name", first).put("last_name", last).put("full_name", first + " " + last);
            return this;
        }

        /** The note the shopper typed at checkout (CCV: customer.billingaddress.comment). */
        OrderSpec note(String value) {
            billing.put("comment", value);
            return this;
        }

        OrderSpec email(String value) {
            ((ObjectNode) body.get("customer")).put("email", value);
            return this;
        }

        OrderSpec street(String value) {
            billing.put("address_line_1", value);
            return this;
        }

        OrderSpec paidWith(String paymethod) {
            body.put("paymethod_id", sandbox.paymethodId(paymethod));
            return this;
        }

        OrderSpec coupon(String code) {
            body.putObject("discountcoupon").put("code", code);
            return this;
        }

        OrderSpec excludingVat() {
            body.put("taxes_included", false);
            return this;
        }

        OrderSpec intraCommunity() {
            body.put("is_intra_community_order", true);
            return this;
        }

        CcvOrder place() {
            return sandbox.place(body);
        }
    }
}
