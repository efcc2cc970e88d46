package com.ccvglobe.bridge.ops.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/**
 * Sign-out ends the session on the server (a kept copy of the cookie no longer works), the cookie is Secure when the
 * ingress says the request came over TLS (X-Forwarded-Proto, trusted through quarkus.http.proxy.*), and a configured
 * user switched off with the documented 64 zeros cannot sign in.
 */
@QuarkusTest
class SessionEndTest {

    @Test
    void aReplayedSessionCookieNoLongerWorksAfterSignOut() {
        String session = signIn().cookie("quarkus-credential");
        given().cookie("quarkus-credential", session).when().get("/api/me").then().statusCode(200).body("name", equalTo("viewer"));

        given().cookie("quarkus-credential", session).header(CrossSiteRequestGuard.HEADER, "dashboard").when()
                .post("/api/logout").then().statusCode(200);

        given().cookie("quarkus-credential", session).when().get("/api/me").then().statusCode(401);
        given().cookie("quarkus-credential", session).redirects().follow(false).when().get("/dashboard/").then()
                .statusCode(302);
        // A new sign-in works as before.
        given().cookie("quarkus-credential", signIn().cookie("quarkus-credential")).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void signOutEndsTheCookieValuesTheSessionWasGivenBefore() {
        String first = signIn().cookie("quarkus-credential");
        // Quarkus renews the cookie as the session goes on (every second in the test profile).
        AtomicReference<String> renewed = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> {
            String next = given().cookie("quarkus-credential", first).when().get("/api/me").then().statusCode(200).extract()
                    .cookie("quarkus-credential");
            renewed.set(next);
            return next != null && !next.isEmpty() && !next.equals(first);
        });

        given().cookie("quarkus-credential", renewed.get()).header(CrossSiteRequestGuard.HEADER, "dashboard").when()
                .post("/api/logout").then().statusCode(200);

        given().cookie("quarkus-credential", first).when().get("/api/me").then().statusCode(401);
        given().cookie("quarkus-credential", renewed.get()).when().get("/api/me").then().statusCode(401);
        // Signing in again with the old cookie still in the browser starts a new session.
        String again = given().redirects().follow(false).cookie("quarkus-credential", first)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "viewer").formParam("j_password", "viewer")
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        given().cookie("quarkus-credential", again).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void theSessionCookieIsSecureWhenTlsEndsAtTheIngress() {
        Cookie plain = signIn().detailedCookie("quarkus-credential");
        assertThat(plain.isSecured()).isFalse();

        Cookie behindIngress = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .contentType("application/x-www-form-urlencoded").formParam("j_username", "viewer").formParam("j_password", "viewer")
                .when().post("/j_security_check").then().statusCode(302).extract().detailedCookie("quarkus-credential");
        assertThat(behindIngress.isSecured()).isTrue();
        assertThat(behindIngress.isHttpOnly()).isTrue();
        assertThat(behindIngress.getSameSite()).isEqualToIgnoringCase("Strict");
    }

    @Test
    void aUserSwitchedOffWithZerosCannotSignIn() {
        // %test.quarkus.security.users.embedded.users.retired is 64 zeros (docs/operations.md, Security).
        for (String password : new String[] { "", "retired", "0", "0".repeat(64) }) {
            given().header("X-Forwarded-For", "192.0.2.50").auth().preemptive().basic("retired", password).when().get("/api/me")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(401, 429));
        }
    }

    private static Response signIn() {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .when().post("/j_security_check").then().statusCode(302).extract().response();
    }
}
