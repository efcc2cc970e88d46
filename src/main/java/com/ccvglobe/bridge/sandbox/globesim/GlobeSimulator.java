package com.ccvglobe.bridge.sandbox.globesim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * A stand-in for an Exact Globe entity service and its company database, on its own Vert.x HTTP server: the REST
 * entity service under {@value #BASE_PATH} (matched case-insensitively; {@code ServerName}/{@code DatabaseName}
 * required; NTLM on the connection or Basic), and an admin API under {@code /sandbox-admin/}. Start it with
 * {@link #start(Vertx, Options)}; {@link #close()} stops it.
 */
public final class GlobeSimulator implements AutoCloseable {

    public static final String BASE_PATH = "/services/Exact.Entity.REST.EG";
    /** Longest request URL (path and query as sent) the entity service takes, as IIS's default; longer → 414. */
    static final int MAX_URL_LENGTH = 2048;

    /** Where it listens and whom it accepts. */
    public record Options(String host, int port, String serverName, String databaseName, String username, String password,
            String domain) {

        public static Options defaults() {
            return new Options("127.0.0.1", 0, "GLOBESIM", "500", "globe-sandbox", "sandbox-secret", "SANDBOX");
        }

        public Options withPort(int newPort) {
            return new Options(host, newPort, serverName, databaseName, username, password, domain);
        }

        @Override
        public String toString() {
            return "Options[host=" + host + ", port=" + port + ", serverName=" + serverName + ", databaseName=" + databaseName
                    + ", username=" + username + ", password=***, domain=" + domain + "]";
        }
    }

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final Options options;
    private final SimState state;
    private final AdminApi admin;
    private final CallerCheck callers;
    private HttpServer server;

    private GlobeSimulator(Vertx vertx, boolean ownsVertx, Options options) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.options = options;
        this.state = new SimState();
        this.admin = new AdminApi(state);
        this.callers = new CallerCheck(options, state.faults, state.calls);
    }

    /** Starts on its own Vert.x instance (plain tests). */
    public static GlobeSimulator start(Options options) {
        return start(Vertx.vertx(), true, options);
    }

    /** Starts on the given Vert.x instance (inside the application). */
    public static GlobeSimulator start(Vertx vertx, Options options) {
        return start(vertx, false, options);
    }

    private static GlobeSimulator start(Vertx vertx, boolean owns, Options options) {
        GlobeSimulator simulator = new GlobeSimulator(vertx, owns, options);
        simulator.state.reset();
        try {
            simulator.server = vertx.createHttpServer(new HttpServerOptions().setHost(options.host()).setPort(options.port()))
                    .connectionHandler(c -> simulator.state.calls.connection())
                    .requestHandler(simulator::onRequest).listen().toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            simulator.close();
            throw new IllegalStateException("The sandbox Exact Globe could not start on port " + options.port(), e);
        }
        return simulator;
    }

    public int port() {
        return server.actualPort();
    }

    /** The entity service root, e.g. {@code http://127.0.0.1:PORT/services/Exact.Entity.REST.EG}. */
    public String baseUrl() {
        return "http://" + options.host() + ":" + port() + BASE_PATH;
    }

    public String adminUrl() {
        return "http://" + options.host() + ":" + port() + "/sandbox-admin";
    }

    public Options options() {
        return options;
    }

    /** The simulated company database (H2, in memory) that the stock reader queries. */
    public String jdbcUrl() {
        return state.stock.jdbcUrl();
    }

    public String sqlUsername() {
        return StockTables.USERNAME;
    }

    public String sqlPassword() {
        return StockTables.PASSWORD;
    }

    private void onRequest(HttpServerRequest request) {
        request.body().onSuccess(body -> route(request, body)).onFailure(e -> request.response().setStatusCode(400).end());
    }

    private void route(HttpServerRequest request, Buffer body) {
        String path = request.path();
        if (path.startsWith(ItemImages.PREFIX)) {
            images(request, path.substring(ItemImages.PREFIX.length()), body);
            return;
        }
        if (path.toLowerCase().startsWith("/sandbox-admin/")) {
            blocking(request, () -> admin.handle(request.method().name(), path.substring("/sandbox-admin/".length()),
                    body.toString()), null, 0);
            return;
        }
        if (!path.toLowerCase().startsWith(BASE_PATH.toLowerCase() + "/")) {
            send(request, SimResponse.json(404, ODataJson.error("Resource not found for the segment '" + path + "'")), null);
            return;
        }
        String resource = path.substring(BASE_PATH.length() + 1);
        if (request.uri().length() > MAX_URL_LENGTH) {
            send(request, SimResponse.urlTooLong(), resource);
            return;
        }
        SimResponse denied = callers.authenticate(request);
        if (denied != null) {
            send(request, denied, resource);
            return;
        }
        SimResponse wrongCompany = callers.company(request);
        int failure = wrongCompany == null ? state.faults.takeFailure() : 0;
        if (wrongCompany != null || failure != 0) {
            send(request, wrongCompany != null ? wrongCompany
                    : SimResponse.json(failure, ODataJson.error("The entity service failed (injected fault " + failure + ")")), resource);
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        request.params().forEach(e -> params.put(e.getKey(), e.getValue()));
        long late = state.faults.lateAnswers.take(request.method().name(), resource);
        Runnable work = () -> blocking(request, () -> state.service.handle(request.method().name(), resource, params,
                body.toString(), baseUrl()), resource, late);
        long delay = state.faults.delayMillis() + state.faults.lateStarts.take(request.method().name(), resource);
        if (delay > 0) {
            vertx.setTimer(delay, t -> work.run());
        } else {
            work.run();
        }
    }

    /** Runs the work off the event loop and answers, {@code lateMillis} after the work is done when above 0. */
    private void blocking(HttpServerRequest request, java.util.concurrent.Callable<SimResponse> work, String resource,
            long lateMillis) {
        vertx.executeBlocking(() -> {
            try {
                return work.call();
            } catch (SimError e) {
                return SimResponse.json(e.status(), ODataJson.error(e.getMessage()));
            }
        }, false).onComplete(result -> {
            SimResponse response = result.succeeded() ? result.result()
                    : SimResponse.json(500, ODataJson.error("Internal error: " + result.cause()));
            if (lateMillis > 0) {
                // carried out now, whether or not the answer still reaches the client
                state.calls.add(request.method().name(), resource, request.query(), response.status());
                vertx.setTimer(lateMillis, t -> send(request, response, null));
            } else {
                send(request, response, resource);
            }
        });
    }

    /** Logs the call (when {@code resource} is given) and answers, unless the client has gone (a late answer). */
    private void send(HttpServerRequest request, SimResponse response, String resource) {
        if (resource != null) {
            state.calls.add(request.method().name(), resource, request.query(), response.status());
        }
        if (request.response().closed() || request.response().ended()) {
            return;
        }
        var out = request.response().setStatusCode(response.status());
        if (response.headers().containsKey("WWW-Authenticate") && "NTLM".equals(response.headers().get("WWW-Authenticate"))) {
            out.headers().add("WWW-Authenticate", "NTLM");
            out.headers().add("WWW-Authenticate", "Basic realm=\"Exact Globe\"");
            response.headers().forEach((k, v) -> {
                if (!"WWW-Authenticate".equals(k)) {
                    out.putHeader(k, v);
                }
            });
        } else {
            response.headers().forEach(out::putHeader);
        }
        out.end(response.body());
    }

    /** {@code GET|PUT|DELETE /sandbox-admin/items/{code}/image}: the item's picture (binary), as a file share would hold it. */
    private void images(HttpServerRequest request, String rest, Buffer body) {
        String code = java.net.URLDecoder.decode(rest.replaceAll("/image/?$", ""), java.nio.charset.StandardCharsets.UTF_8);
        if (!rest.matches("[^/]+/image/?") || state.store.get("Item", code) == null) {
            request.response().setStatusCode(404).end();
            return;
        }
        switch (request.method().name()) {
            case "GET" -> {
                ItemImages.Image image = state.images.get(code);
                if (image == null) {
                    request.response().setStatusCode(404).end();
                } else {
                    request.response().putHeader("Content-Type", image.contentType()).end(Buffer.buffer(image.bytes()));
                }
            }
            case "PUT" -> {
                String type = request.getHeader("Content-Type");
                state.images.put(code, body.getBytes(), type == null ? "image/png" : type);
                request.response().setStatusCode(204).end();
            }
            case "DELETE" -> {
                state.images.remove(code);
                request.response().setStatusCode(204).end();
            }
            default -> request.response().setStatusCode(405).end();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        state.close();
        if (ownsVertx) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }
}
