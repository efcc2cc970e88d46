package com.ccvglobe.bridge.ops.security;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard sign-in through the IdP (authorization-code flow), black box: a browser-like client (cookies kept,
 * redirects followed one hop at a time) against the app and the test's provider ({@link OidcProvider}). Same profile
 * as {@link OidcLoginTest}, so no extra app start.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.OidcOn.class)
class OidcDashboardLoginTest {

    private static final String HEADER = CrossSiteRequestGuard.HEADER;

    @TestHTTPResource("/")
    URL root;

    /** A browser: its own cookie jar, follows no redirect by itself. */
    private static final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String requestedWith) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody());
            if (requestedWith != null) {
                request.header(HEADER, requestedWith);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        boolean hasSession() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch(n -> n.startsWith("q_session"));
        }
    }

    private String app(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static String location(HttpResponse<?> response) {
        assertThat(response.statusCode()).as("redirect from %s", response.uri()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    /** Opens the dashboard and signs in at the IdP as {@code user}; returns the browser holding the session. */
    private Browser signIn(String user, String... realmRoles) throws Exception {
        OidcProvider.signsIn(user, realmRoles);
        Browser browser = new Browser();
        String toIdp = location(browser.get(app("/dashboard/")));
        assertThat(toIdp).startsWith(OidcProvider.issuer + "/protocol/openid-connect/auth?");
        Map<String, String> authorization = query(toIdp);
        assertThat(authorization).containsEntry("client_id", OidcProvider.CLIENT_ID).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", app("/dashboard/")).containsKey("state");
        assertThat(authorization.get("scope")).contains("openid");
        assertThat(browser.hasSession()).isFalse();

        String back = location(browser.get(toIdp + "&login_hint=" + user));
        assertThat(back).isEqualTo(app("/dashboard/") + "?code=code-for-" + user + "&state=" + authorization.get("state"));
        HttpResponse<String> callback = browser.get(back);
        String landing = location(callback);
        assertThat(callback.headers().allValues("Set-Cookie")).as("the session cookie").filteredOn(c -> c.startsWith("q_session"))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/"));
        assertThat(landing).as("the code's parameters are gone again").isIn(app("/dashboard/"), "/dashboard/");
        assertThat(browser.hasSession()).isTrue();
        OidcProvider.server.verify(1, postRequestedFor(urlEqualTo(OidcProvider.TOKEN_PATH))
                .withRequestBody(containing("grant_type=authorization_code")).withRequestBody(containing("code=code-for-" + user))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString(
                        (OidcProvider.CLIENT_ID + ":" + OidcProvider.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)))));
        return browser;
    }

    @Test
    void anOperatorSignsInAtTheIdpUsesTheDashboardAndSignsOut() throws Exception {
        Browser browser = signIn("olivia", "bridge-operator");

        HttpResponse<String> page = browser.get(app("/dashboard/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dashboard.js");
        // the page's own calls to /api ride on the same session
        assertThat(browser.get(app("/api/me")).body()).contains("\"name\":\"olivia\"").contains("\"operator\"");
        assertThat(browser.get(app("/api/flows")).statusCode()).isEqualTo(200);
        HttpResponse<String> paused = browser.post(app("/api/flows/opstest/pause"), "bridge-dashboard");
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(paused.body()).contains("\"paused\":true");
        assertThat(browser.post(app("/api/flows/opstest/resume"), "bridge-dashboard").statusCode()).isEqualTo(200);
        assertThat(browser.post(app("/api/flows/opstest/pause"), null).statusCode()).as("cross-site guard unchanged").isEqualTo(403);

        // sign-out: the API names the IdP sign-out page, which ends the session here and at the IdP
        HttpResponse<String> logout = browser.post(app("/api/logout"), "bridge-dashboard");
        assertThat(logout.statusCode()).isEqualTo(200);
        assertThat(logout.body()).contains("\"next\":\"/dashboard/sign-out\"");
        String toIdp = location(browser.get(app("/dashboard/sign-out")));
        assertThat(toIdp).startsWith(OidcProvider.issuer + "/protocol/openid-connect/logout?");
        assertThat(query(toIdp)).containsEntry("post_logout_redirect_uri", app("/signed-out.html")).containsKey("id_token_hint");
        assertThat(browser.hasSession()).isFalse();
        String signedOut = location(browser.get(toIdp));
        HttpResponse<String> signedOutPage = browser.get(signedOut);
        assertThat(signedOutPage.statusCode()).isEqualTo(200);
        assertThat(signedOutPage.body()).contains("You are signed out.");

        assertThat(browser.get(app("/api/flows")).statusCode()).isEqualTo(401);
        assertThat(location(browser.get(app("/dashboard/")))).startsWith(OidcProvider.issuer + "/protocol/openid-connect/auth?");
    }

    @Test
    void aViewerSignsInAndReadsButCannotChangeAnythingAndAnUnmappedPersonReadsNothing() throws Exception {
        Browser browser = signIn("victor", "bridge-viewer");
        assertThat(browser.get(app("/dashboard/")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/api/me")).body()).contains("\"viewer\"").doesNotContain("\"operator\"");
        assertThat(browser.get(app("/api/flows")).statusCode()).isEqualTo(200);
        assertThat(browser.post(app("/api/flows/opstest/pause"), "bridge-dashboard").statusCode()).isEqualTo(403);
        assertThat(browser.post(app("/api/orders/990002/sync"), "bridge-dashboard").statusCode()).isEqualTo(403);

        Browser stranger = signIn("sam", "offline_access");
        assertThat(stranger.get(app("/dashboard/")).statusCode()).as("signed in, so the page loads").isEqualTo(200);
        assertThat(stranger.get(app("/api/flows")).statusCode()).as("but no mapped role").isEqualTo(403);
    }

    @Test
    void aForgedOrMissingStateSignsNobodyIn() throws Exception {
        OidcProvider.signsIn("mallory", "bridge-operator");
        Browser browser = new Browser();
        String toIdp = location(browser.get(app("/dashboard/")));
        String back = location(browser.get(toIdp + "&login_hint=mallory"));
        String forged = back.replaceAll("state=[^&]*", "state=forged-state");
        HttpResponse<String> answer = browser.get(forged);
        assertThat(answer.statusCode()).isIn(302, 401);
        answer.headers().firstValue("Location").ifPresent(l -> assertThat(l).doesNotStartWith(app("/dashboard/")));
        assertThat(browser.hasSession()).isFalse();

        Browser stranger = new Browser();
        HttpResponse<String> withoutState = stranger.get(back);
        assertThat(withoutState.statusCode()).isIn(302, 401);
        assertThat(stranger.hasSession()).isFalse();
        assertThat(stranger.get(app("/api/flows")).statusCode()).isEqualTo(401);
        OidcProvider.server.verify(0, postRequestedFor(urlEqualTo(OidcProvider.TOKEN_PATH)).withRequestBody(containing("code=code-for-mallory")));
    }

    @Test
    void scriptsWithoutASessionGet401NotTheIdpAndTheSecretStaysOutOfTheLog() throws Exception {
        Browser browser = new Browser();
        for (String path : List.of("/api/flows", "/api/me", "/q/openapi")) {
            HttpResponse<String> answer = browser.http.send(HttpRequest.newBuilder(URI.create(app(path)))
                    .header(HEADER, "bridge-dashboard").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(answer.headers().allValues("WWW-Authenticate")).as(path).anyMatch(c -> c.startsWith("Bearer"))
                    .anyMatch(c -> c.startsWith("Basic"));
        }
        assertThat(browser.hasSession()).isFalse();
        assertThat(browser.cookies.getCookieStore().getCookies()).as("no sign-in started for scripts").isEmpty();

        String log = Files.readString(Path.of("target/quarkus.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("dashboard sign-in through the IdP as client " + OidcProvider.CLIENT_ID);
        assertThat(log).doesNotContain(OidcProvider.CLIENT_SECRET);
    }
}
