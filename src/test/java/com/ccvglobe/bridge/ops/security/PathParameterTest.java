package com.ccvglobe.bridge.ops.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A path with {@code ;} is answered at once, without sign-in: before, {@code GET /api/activity;x} was never answered
 * and logged an ERROR stack trace each time (the form sign-in could not write the path into its redirect cookie).
 */
@QuarkusTest
class PathParameterTest {

    private static final int REQUESTS = 500;
    private static final int TIMEOUT_MS = 5_000;

    @TestHTTPResource("/")
    URL app;

    @Test
    void fiveHundredRequestsWithASemicolonAreEachAnsweredAndClosedWithoutAnErrorFlood() throws Exception {
        List<String> paths = List.of("/api/activity;x", "/api/activity;jsessionid=1", "/dashboard/;x", "/api;x/flows",
                "/api/activity%3Bx");
        RawHttp http = new RawHttp(app, TIMEOUT_MS);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (LogCapture log = new LogCapture()) {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path = paths.get(i % paths.size());
                answers.add(clients.submit(() -> http.send("GET", path, Map.of())));
            }
            for (Future<RawHttp.Answer> answer : answers) {
                assertThat(answer.get(TIMEOUT_MS * 2L, TimeUnit.MILLISECONDS).status()).isEqualTo(400);
            }
            // The app's flows run meanwhile; the HTTP layer's errors are the ones these requests caused before.
            assertThat(log.errors()).noneMatch(line -> line.contains(" io.quarkus.vertx.http") || line.contains(" io.vertx")
                    || line.contains(" io.netty") || line.contains(";"));
            assertThat(log.lines()).noneMatch(line -> line.contains("invalid char"));
        } finally {
            clients.shutdownNow();
        }
    }
}
