package com.ccvglobe.bridge.customers;

import java.util.List;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Test helper for the customers flow: registered customers (users) put into the sandbox CCV Shop's data, orders placed
 * through its API, and what the sandbox Exact Globe made of them, read over its entity service and admin API.
 */
@ApplicationScoped
public class SandboxCustomers {

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

    static String newEmail(String who) {
        return who + SEQ.incrementAndGet() + "." + System.nanoTime() % 100000 + "@example.com";
    }

    /** A registered, accepted CCV customer; {@code company} null for a consumer (b2c). */
    ObjectNode user(String email, String country, String company, long groupId) {
        ObjectNode info = JSON.createObjectNode();
        ObjectNode billing = info.putObject("billingaddress");
        billing.putNull("gender");
        billing.put("initials", "S.").put("first_name", "Sanne").put("last_name", "de Boer").put("full_name", "Sanne de Boer")
                .put("company", company == null ? "" : company).put("address_line_1", "Kerkstraat 12").put("address_line_2", "")
                .put("street", "Kerkstraat").put("housenumber", "12").put("housenumber_suffix", "").put("zipcode", "1017 GC")
                .put("city", "Amsterdam").put("province", "").put("country", "").put("country_code", country)
                .put("telephone", "0612345678").put("mobile", "").put("comment", "");
        ObjectNode delivery = info.putObject("deliveryaddress");
        for (String field : List.of("initials", "first_name", "last_name", "full_name", "company", "address_line_1",
                "address_line_2", "street", "housenumber", "housenumber_suffix", "zipcode", "city", "province", "country",
                "country_code", "telephone", "mobile", "comment")) {
            delivery.put(field, "");
        }
        info.put("email", email).put("customertype", company == null ? "b2c" : "b2b")
                .put("btw", company == null ? "" : country + "0012345678B01").put("kvk", "").put("reference", "")
                .put("iban", "").put("bic", "").put("costcentre", "").put("website", "");
        ObjectNode user = JSON.createObjectNode().put("username", email).put("group_id", groupId).put("status", true)
                .put("approval_status", "accepted").put("product_in_category_discount", "highest");
        user.set("userinfo", info);
        return ccvSim().data().insert("users", user);
    }

    ObjectNode billing(ObjectNode user) {
        return (ObjectNode) user.get("userinfo").get("billingaddress");
    }

    /** A paid iDEAL order of a consumer in the Netherlands, placed through CCV's API. */
    CcvOrder order(String email) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode customer = body.putObject("customer");
        customer.put("email", email).put("customertype", "b2c").put("btw", "").put("kvk", "");
        customer.putObject("billingaddress").put("first_name", "Sanne").put("last_name", "de Boer")
                .put("full_name", "Sanne de Boer").put("initials", "S.").put("company", "")
                .put("address_line_1", "Kerkstraat 12").put("zipcode", "1017 GC").put("city", "Amsterdam")
                .put("country_code", "NL").put("telephone", "0612345678");
        long product = ccvSim().data().all("products").stream().filter(p -> "ART-0005".equals(p.path("productnumber").asText()))
                .findFirst().orElseThrow().path("id").asLong();
        body.putArray("orderrows").addObject().put("product_id", product).put("count", 1);
        body.put("paymethod_id", ccvSim().data().all("paymethods").stream()
                .filter(p -> "iDEAL".equals(p.path("combined_name").asText())).findFirst().orElseThrow().path("id").asLong());
        return ccv.post("/orders", body, CcvOrder.class);
    }

    List<GlobeRecord> accounts(String email) {
        return globe.find("Account", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
    }

    GlobeRecord account(String debtorNumber) {
        return globe.findFirst("Account", GlobeQuery.where(GlobeFilter.eq("DebtorNumber", debtorNumber))).orElseThrow();
    }

    List<GlobeRecord> contacts(String email) {
        return globe.find("ContactPerson", GlobeQuery.where(GlobeFilter.eq("EmailAddress", email)));
    }

    GlobeEntityClient globe() {
        return globe;
    }

    /** Every call the sandbox Globe's entity service received so far, as "METHOD resource" (resource without the query). */
    List<String> globeCallLog() throws Exception {
        List<String> calls = new java.util.ArrayList<>();
        for (JsonNode call : systems.globeAdmin("GET", "calls", null).path("calls")) {
            calls.add(call.path("method").asText() + " " + call.path("resource").asText().replaceAll("[(?].*$", ""));
        }
        return calls;
    }

    /** How many calls of this method the sandbox Globe received on resources naming {@code id} (e.g. a GUID). */
    long globeCalls(String method, String id) throws Exception {
        JsonNode calls = systems.globeAdmin("GET", "calls", null).path("calls");
        long count = 0;
        for (JsonNode call : calls) {
            if (method.equals(call.path("method").asText())
                    && call.path("resource").asText().toLowerCase().contains(id.toLowerCase())) {
                count++;
            }
        }
        return count;
    }
}
