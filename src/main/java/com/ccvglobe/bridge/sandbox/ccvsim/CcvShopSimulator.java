package com.ccvglobe.bridge.sandbox.ccvsim;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A CCV Shop (REST API v1) on its own Vert.x HTTP server: the API under {@code /api/rest/v1/...} with CCV's
 * request signing, clock check, signed responses, rate limits, paging and webhooks, and an admin API under
 * {@code /sandbox-admin/...} (seed, inspect, call log, fault injection). Written from the vendor reference on
 * its own; it shares no code with the bridge's CCV client.
 */
public final class CcvShopSimulator {

    public static final String API_PREFIX = "/api/rest/v1";
    /** The simulator listens on the loopback interface only: its admin API hands out webhook keys and seeds data. */
    public static final String HOST = "127.0.0.1";

    private final String publicKey;
    private final Vertx vertx;
    private final boolean ownVertx;
    private final SimSettings settings = new SimSettings();
    private final ShopData data = new ShopData();
    private final SimRateLimits limits = new SimRateLimits();
    private final SimFaults faults = new SimFaults();
    private final SimCallLog calls = new SimCallLog();
    private final SimGate gate;
    private final SimWebhookSender webhooks;
    private final SimEndpoints endpoints;
    private final DemoData demo;
    private HttpServer server;
    private volatile String baseUrl;

    public CcvShopSimulator(String publicKey, String secretKey) {
        this(null, publicKey, secretKey);
    }

    /** With the application's Vert.x, or null for one of its own (closed on {@link #stop()}). */
    public CcvShopSimulator(Vertx vertx, String publicKey, String secretKey) {
        this.publicKey = publicKey;
        this.ownVertx = vertx == null;
        this.vertx = vertx == null ? Vertx.vertx() : vertx;
        this.gate = new SimGate(publicKey, secretKey, settings);
        this.webhooks = new SimWebhookSender(data, settings);
        this.endpoints = new SimEndpoints(settings);
        this.demo = new DemoData(data);
        new OrderResources(data, endpoints, webhooks).register();
        new ProductResources(data, endpoints, webhooks).register();
        new CatalogResources(data, endpoints).register();
        new ShopResources(data, endpoints).register();
    }

    /** Starts listening on {@code port} (0 = a free one); returns the port. */
    public synchronized int start(int port) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route(API_PREFIX + "*").blockingHandler(this::api, false);
        new SimAdmin(this).mount(router);
        try {
            server = vertx.createHttpServer(new HttpServerOptions().setHost(HOST).setPort(port)).requestHandler(router).listen()
                    .toCompletionStage()
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The CCV Shop simulator could not listen on port " + port, e);
        }
        baseUrl = "http://" + HOST + ":" + server.actualPort();
        return server.actualPort();
    }

    public synchronized void stop() {
        try {
            if (server != null) {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            if (ownVertx) {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            Thread.currentThread().interrupt();
        } finally {
            server = null;
        }
    }

    /** {@code http://127.0.0.1:<port>}, the shop root (the API is under {@link #API_PREFIX}). */
    public String baseUrl() {
        return baseUrl;
    }

    public String publicKey() {
        return publicKey;
    }

    public ShopData data() {
        return data;
    }

    public SimRateLimits limits() {
        return limits;
    }

    public SimFaults faults() {
        return faults;
    }

    public SimCallLog calls() {
        return calls;
    }

    public SimSettings settings() {
        return settings;
    }

    public DemoData demo() {
        return demo;
    }

    /** Accepts calls signed with one more key pair besides the shop's own. */
    public void addKeyPair(String extraPublicKey, String extraSecretKey) {
        gate.addKeyPair(extraPublicKey, extraSecretKey);
    }

    public List<SimWebhookSender.Delivery> webhookDeliveries() {
        return webhooks.deliveries();
    }

    /** Places an order as a shopper would in the storefront; fires {@code orders.created}. Returns the order id. */
    public long placeOrder(OrderFactory.Basket basket) {
        long id = demo.orders().place(basket);
        webhooks.fire("orders.created", OrderResources.notification(data.get("orders", id), baseUrl + API_PREFIX));
        return id;
    }

    /**
     * Places an unpaid order of customer number {@code customer} for one of each product number (unknown numbers
     * are left out), without a webhook. Returns the order id.
     */
    public long placeCustomerOrder(int customer, List<String> productNumbers) {
        demo.seed();
        List<Long> ids = new ArrayList<>();
        for (String number : productNumbers) {
            data.where("products", p -> number.equals(p.path("productnumber").asText())).stream().findFirst()
                    .ifPresent(p -> ids.add(p.path("id").asLong()));
        }
        return demo.orders().place(demo.orders().customerBasket(customer, ids, Instant.now()));
    }

    /** Marks the order paid as the payment provider would, and fires {@code orders.updated.ispaid}; false if unknown. */
    public boolean markPaid(long orderId) {
        com.fasterxml.jackson.databind.node.ObjectNode notification;
        synchronized (data) {
            com.fasterxml.jackson.databind.node.ObjectNode order = data.get("orders", orderId);
            if (order == null) {
                return false;
            }
            if (order.path("paid").asBoolean()) {
                return true;
            }
            order.put("paid", true);
            notification = OrderResources.notification(order, baseUrl + API_PREFIX).put("paid", true);
        }
        webhooks.fire("orders.updated.ispaid", notification);
        return true;
    }

    /**
     * Seeds the demo shop (once) and {@code count} random orders, one minute apart and ending now, from a
     * fixed seed; fires {@code orders.created} for each only when asked. Returns the order ids.
     */
    public List<Long> seedOrders(int count, long seed, boolean fireWebhooks) {
        demo.seed();
        java.util.Random random = new java.util.Random(seed);
        Instant first = Instant.now().minus(count, ChronoUnit.MINUTES);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OrderFactory.Basket basket = demo.orders().randomBasket(random, first.plus(i, ChronoUnit.MINUTES));
            ids.add(fireWebhooks ? placeOrder(basket) : demo.orders().place(basket));
        }
        return ids;
    }

    private void api(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        Instant now = Instant.now();
        String method = req.method().name();
        String rawUri = req.uri();
        String body = ctx.body() == null || ctx.body().buffer() == null ? ""
                : ctx.body().buffer().toString(StandardCharsets.UTF_8);
        int q = rawUri.indexOf('?');
        String path = q < 0 ? rawUri : rawUri.substring(0, q);
        List<Long> ids = new ArrayList<>();
        String template = SimEndpoints.template(path.substring(API_PREFIX.length()), ids);
        List<String> rawPairs = new ArrayList<>();
        SimCall call = new SimCall(method, rawUri, path, template, ids,
                SimCall.decodeQuery(q < 0 ? null : rawUri.substring(q + 1), rawPairs), rawPairs, NullNode.instance, baseUrl);
        SimResponse response = gate.check(req.getHeader("x-public"), req.getHeader("x-date"), req.getHeader("x-hash"),
                method, rawUri, body, now);
        if (response == null) {
            response = admitted(call, body, now);
        }
        calls.add(new SimCallLog.Call(now.toEpochMilli(), method, rawUri, call.resourceMethod(), response.status()));
        String out = response.body() == null ? "" : SimJson.write(response.body());
        var answer = ctx.response().setStatusCode(response.status());
        if (!out.isEmpty()) {
            answer.putHeader("Content-Type", "application/json");
        }
        if (gate.knows(req.getHeader("x-public"))) {
            String date = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            answer.putHeader("x-date", date).putHeader("x-hash", gate.signResponse(req.getHeader("x-public"), method, rawUri, out, date));
        }
        answer.end(out);
    }

    private SimResponse admitted(SimCall call, String body, Instant now) {
        String limited = limits.admit(call.method(), call.resource(), now.toEpochMilli());
        if (limited != null) {
            return SimResponse.error(429, limited, "429.10".equals(limited)
                    ? "Rate limit of this resource and method per minute exceeded"
                    : "Total API rate limit per minute exceeded");
        }
        long delay = faults.delayMs();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SimResponse fault = faults.take(call.resourceMethod());
        if (fault != null) {
            return fault;
        }
        JsonNode json = NullNode.instance;
        if (!body.isBlank()) {
            try {
                json = SimJson.read(body);
            } catch (JsonProcessingException e) {
                return SimResponse.error(400, "400.30", "The request body is not valid JSON");
            }
        }
        SimCall withBody = new SimCall(call.method(), call.rawUri(), call.path(), call.template(), call.ids(), call.query(),
                call.rawQueryPairs(), json, call.baseUrl());
        synchronized (data) {
            return endpoints.dispatch(withBody);
        }
    }
}
