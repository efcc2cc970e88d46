package com.ccvglobe.bridge.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.ccvglobe.bridge.ccvshop.CcvOrder;
import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.SimCallLog;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Figures for the orders flow (printed, never asserted): vendor calls per order for a new and a repeat customer, and
 * orders per minute over 200 sandbox orders through one poll with the default CCV rate limits. Takes about a minute
 * and a half (CCV allows 150 GETs a minute), so it runs only with {@code -DordersBenchmark=true}:
 * {@code ./mvnw test -Dtest=OrdersThroughputRun -DordersBenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "ordersBenchmark", matches = "true")
class OrdersThroughputRun {

    @Inject
    SandboxOrders sandbox;

    @Inject
    ProducerTemplate producer;

    @Inject
    ActivityLog activity;

    @Test
    void vendorCallsPerOrder() throws Exception {
        sandbox.noWebhooks();
        SandboxOrders.OrderSpec spec = sandbox.person("NL").row("ART-0005", 2).row("ART-0007", 1);
        CcvOrder first = spec.place();
        CcvOrder repeat = sandbox.person("NL").email(spec.email).row("ART-0002", 1).place();
        measure("new customer", first);
        measure("repeat customer", repeat);
    }

    private void measure(String what, CcvOrder order) throws Exception {
        CcvShopSimulator ccv = sandbox.ccvSim();
        ccv.calls().clear();
        sandbox.globeAdmin("DELETE", "calls", null);
        producer.sendBody("direct:orders-sync-order", String.valueOf(order.id()));
        Map<String, Integer> ccvCalls = new TreeMap<>();
        for (SimCallLog.Call call : ccv.calls().calls()) {
            ccvCalls.merge(call.method() + " " + call.uri().replaceAll("\\d+", "{id}").replaceAll("\\?.*", ""), 1, Integer::sum);
        }
        JsonNode globeCalls = sandbox.globeAdmin("GET", "calls", null).path("counts");
        int globeTotal = 0;
        for (JsonNode n : globeCalls) {
            globeTotal += n.asInt();
        }
        System.out.printf("%n[orders figures] %s: CCV %d call(s) %s, Globe %d call(s) %s%n", what,
                ccv.calls().calls().size(), ccvCalls, globeTotal, globeCalls);
    }

    @Test
    void ordersPerMinuteOver200SandboxOrders() {
        sandbox.noWebhooks();
        CcvShopSimulator ccv = sandbox.ccvSim();
        List<Long> ids = ccv.seedOrders(200, 7, false);
        ids.forEach(id -> ccv.data().get("orders", id).put("paid", true));
        Instant from = Instant.now();

        producer.sendBody("direct:orders-poll-once", null);

        Duration took = Duration.between(from, Instant.now());
        int committed = activity.find("orders", ActivityStatus.COMMITTED, null, from, null, 1000).size();
        int parked = activity.find("orders", ActivityStatus.PARKED, null, from, null, 1000).size();
        System.out.printf("%n[orders figures] 200 sandbox orders in one poll: %d committed, %d parked in %.1f s = %.0f orders/minute%n",
                committed, parked, took.toMillis() / 1000.0, (committed + parked) * 60000.0 / Math.max(1, took.toMillis()));
    }
}
