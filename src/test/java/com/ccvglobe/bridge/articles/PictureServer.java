package com.ccvglobe.bridge.articles;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 serving pictures the way careless or hostile sources do, under {@code /items/<code>}:
 * {@code GOOD} (a PNG), {@code REDIRECT} (302 to {@code /internal}, which counts its hits), {@code DECLARED-HUGE}
 * (Content-Length 50 MB), {@code STREAMED-HUGE} (50 MB without a length), {@code HTML} (text/html); anything else 404.
 * The huge ones count the bytes they managed to write.
 */
final class PictureServer implements AutoCloseable {

    static final long HUGE = 50L * 1024 * 1024;
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };

    final AtomicInteger internalHits = new AtomicInteger();
    final AtomicLong hugeBytesWritten = new AtomicLong();
    final AtomicBoolean hugeDone = new AtomicBoolean();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    PictureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/internal", exchange -> {
            internalHits.incrementAndGet();
            send(exchange, 200, "image/png", PNG);
        });
        server.createContext("/items/", this::item);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String code) {
        return base() + "/items/" + code;
    }

    private void item(HttpExchange exchange) throws IOException {
        String code = exchange.getRequestURI().getPath().substring("/items/".length());
        switch (code) {
            case "GOOD" -> send(exchange, 200, "image/png", PNG);
            case "HTML" -> send(exchange, 200, "text/html; charset=utf-8", "<html>not a picture</html>".getBytes());
            case "REDIRECT" -> {
                exchange.getResponseHeaders().add("Location", base() + "/internal");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            }
            case "DECLARED-HUGE" -> huge(exchange, HUGE);
            case "STREAMED-HUGE" -> huge(exchange, 0);
            default -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        }
    }

    /** Writes 50 MB unless the client goes away first; {@code length} 0 means chunked (no Content-Length). */
    private void huge(HttpExchange exchange, long length) {
        hugeBytesWritten.set(0);
        hugeDone.set(false);
        byte[] chunk = new byte[64 * 1024];
        try {
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, length);
            try (OutputStream out = exchange.getResponseBody()) {
                while (hugeBytesWritten.get() < HUGE) {
                    out.write(chunk);
                    hugeBytesWritten.addAndGet(chunk.length);
                }
            }
        } catch (IOException clientWentAway) {
            // expected: the bridge stops reading at its cap
        } finally {
            exchange.close();
            hugeDone.set(true);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
