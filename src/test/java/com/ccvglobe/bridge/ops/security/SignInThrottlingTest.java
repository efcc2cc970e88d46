package com.ccvglobe.bridge.ops.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Failed sign-ins are logged (user escaped, source address, never the password) and throttled per user name and per
 * source address: the sixth attempt within the window gets 429 with Retry-After (defaults: 5 failures, 5 minutes).
 * Each test signs in from its own documentation addresses (X-Forwarded-For; the test profile trusts it), so the
 * other tests' sign-ins from 127.0.0.1 are never refused.
 */
@QuarkusTest
class SignInThrottlingTest {

    @Test
    void aFailedSignInIsLoggedWithUserAndAddressButNeverThePassword() {
        String password = "pw-" + UUID.randomUUID();
        try (LogCapture log = new LogCapture()) {
            from("198.51.100.10").auth().preemptive().basic("mallory", password).when().get("/api/me").then().statusCode(401);
            from("198.51.100.10").redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("j_username", "eve\nINFO forged line\u202E").formParam("j_password", password)
                    .when().post("/j_security_check").then().statusCode(302);

            assertThat(log.lines()).anyMatch(l -> l.contains("Sign-in failed for user 'mallory' from 198.51.100.10"));
            assertThat(log.lines()).anyMatch(l -> l.contains("Sign-in failed for user 'eve\\u000AINFO forged line\\u202E' from 198.51.100.10"));
            assertThat(log.lines()).noneMatch(l -> l.contains(password));
        }
    }

    @Test
    void aUserNameIsRefusedAfterFiveFailuresFromAnyAddress() {
        String user = "someone-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 5; i++) {
            from("198.51.100." + (20 + i)).auth().preemptive().basic(user, "wrong").when().get("/api/me").then().statusCode(401);
        }
        from("198.51.100.30").auth().preemptive().basic(user, "wrong").when().get("/api/me").then().statusCode(429)
                .header("Retry-After", not(emptyOrNullString()));
        int retryAfter = Integer.parseInt(from("198.51.100.31").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("j_username", user).formParam("j_password", "wrong")
                .when().post("/j_security_check").then().statusCode(429).extract().header("Retry-After"));
        assertThat(retryAfter).isBetween(1, 300);
        // Others from those addresses are not affected.
        from("198.51.100.30").auth().preemptive().basic("viewer", "viewer").when().get("/api/me").then().statusCode(200);
    }

    @Test
    void anAddressIsRefusedAfterFiveFailuresEvenForARightPassword() {
        String address = "203.0.113.77";
        for (int i = 1; i <= 5; i++) {
            from(address).auth().preemptive().basic("guess-" + i, "wrong").when().get("/api/me").then().statusCode(401);
        }
        from(address).auth().preemptive().basic("viewer", "viewer").when().get("/api/me").then().statusCode(429)
                .header("Retry-After", not(emptyOrNullString()));
        from(address).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .when().post("/j_security_check").then().statusCode(429);
        // The user itself is not refused elsewhere.
        from("203.0.113.78").auth().preemptive().basic("viewer", "viewer").when().get("/api/me").then().statusCode(200);
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }
}
