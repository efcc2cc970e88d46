package com.ccvglobe.bridge.ops.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Path-normalisation variants ({@code //}, {@code /./}, {@code %2e}, {@code ;}, {@code %3B}, upper case, trailing
 * {@code /}, {@code %73}, {@code /API}) of every protected path never get past authorisation: no 2xx without sign-in,
 * and no operator action answered to a viewer. The paths come from the app itself: the OpenAPI document (JAX-RS) and
 * the Camel routes served by platform-http under /api, so a new endpoint is covered without touching this test.
 */
@QuarkusTest
class PathNormalisationTest {

    private static final String VIEWER = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes());
    private static final Map<String, String> CROSS_SITE = Map.of(CrossSiteRequestGuard.HEADER, "test");

    @TestHTTPResource("/")
    URL app;
    @Inject
    CamelContext camel;

    record Operation(String method, String path) {
        /** The dry-run previews and sign-out are open to viewers; every other state-changing call is an operator's. */
        boolean operatorAction() {
            return !"GET".equals(method) && !path.startsWith("/api/preview") && !path.equals("/api/logout");
        }
    }

    @Test
    void noVariantOfAProtectedPathIsAnsweredWithoutSignIn() throws IOException {
        RawHttp http = new RawHttp(app, 10_000);
        List<String> passed = new ArrayList<>();
        for (Operation operation : protectedOperations()) {
            for (String variant : variants(operation.path())) {
                RawHttp.Answer answer = http.send(operation.method(), variant, CROSS_SITE);
                if (answer.status() >= 200 && answer.status() < 300) {
                    passed.add(operation.method() + " " + variant + " -> " + answer.status());
                }
            }
        }
        assertThat(passed).isEmpty();
    }

    @Test
    void noVariantOfAnOperatorActionIsReachableByAViewer() throws IOException {
        RawHttp http = new RawHttp(app, 10_000);
        List<String> reached = new ArrayList<>();
        int actions = 0;
        for (Operation operation : protectedOperations()) {
            if (!operation.operatorAction()) {
                continue;
            }
            actions++;
            for (String variant : variants(operation.path())) {
                RawHttp.Answer answer = http.send(operation.method(), variant, Map.of("Authorization", VIEWER,
                        CrossSiteRequestGuard.HEADER, "test"));
                boolean refused = Set.of(401, 403, 404, 405).contains(answer.status())
                        || answer.status() == 400 && answer.text().contains("are not accepted");
                if (!refused) {
                    reached.add(operation.method() + " " + variant + " -> " + answer.status());
                }
            }
        }
        assertThat(actions).as("operator actions found").isGreaterThanOrEqualTo(8);
        assertThat(reached).isEmpty();
    }

    /** Every operation of the OpenAPI document and every platform-http route under /api, path parameters filled in. */
    private Set<Operation> protectedOperations() {
        Set<Operation> operations = new TreeSet<>((a, b) -> (a.path() + " " + a.method()).compareTo(b.path() + " " + b.method()));
        Map<String, Map<String, Object>> paths = given().header("Authorization", VIEWER).queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(new Operation(m.toUpperCase(), fill(path)))));
        for (Route route : camel.getRoutes()) {
            String uri = route.getEndpoint().getEndpointUri();
            if (!uri.startsWith("platform-http:") && !uri.startsWith("platform-http://")) {
                continue;
            }
            String path = URLDecoder.decode(uri.replaceFirst("^platform-http:(//)?", ""), StandardCharsets.UTF_8);
            String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
            path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            if (!path.startsWith("/api")) {
                continue;
            }
            String restrict = query.replaceFirst(".*httpMethodRestrict=([A-Za-z,]+).*", "$1");
            List<String> methods = query.contains("httpMethodRestrict=") ? List.of(restrict.toUpperCase().split(","))
                    : List.of("GET", "POST");
            for (String method : methods) {
                operations.add(new Operation(method, fill(path)));
            }
        }
        assertThat(operations).extracting(Operation::path).contains("/api/flows", "/api/stock/resync", "/api/stock/sync",
                "/api/orders/1/sync");
        operations.add(new Operation("GET", "/q/openapi"));
        return operations;
    }

    private static String fill(String template) {
        return template.replace("{flow}", "orders").replaceAll("\\{[^}]+}", "1");
    }

    /** The variants of one path: each names a trick that once let requests past a path-based rule somewhere. */
    static Set<String> variants(String path) {
        String rest = path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        String tail = slash < 0 ? "" : rest.substring(slash);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(path);
        variants.add("/" + path);
        variants.add("/" + first + "/" + tail);
        variants.add("/" + first + "/." + (tail.isEmpty() ? "/" : tail));
        variants.add("/./" + rest);
        variants.add("/" + first + "/%2e" + (tail.isEmpty() ? "/" : tail));
        variants.add("/x/%2e%2e/" + rest);
        variants.add("/x/../" + rest);
        variants.add("/" + first + ";" + tail);
        variants.add(path + ";x");
        variants.add("/" + first + "%3B" + tail);
        variants.add(path + "%3bx");
        variants.add(path.toUpperCase());
        variants.add("/" + first.toUpperCase() + tail);
        variants.add(path + "/");
        variants.add(path.replaceFirst("s", "%73"));
        variants.add("/" + first.replaceFirst("a", "%61") + tail);
        variants.add("/%2F" + rest);
        return variants;
    }
}
