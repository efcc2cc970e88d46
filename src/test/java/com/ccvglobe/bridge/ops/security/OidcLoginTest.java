package com.ccvglobe.bridge.ops.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.camel.ProducerTemplate;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.ops.OpsTestTarget;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * OIDC switched on against a provider started by the test ({@link OidcProvider}): bearer tokens from the IdP on
 * {@code /api}, IdP roles mapped onto viewer and operator, bad tokens refused, and the configured users (Basic, and
 * the login form for {@code /api}) working beside it in the same app. The profile turns the dashboard sign-in through
 * the IdP on as well (hybrid mode), so these also prove bearer tokens keep working beside it; the browser sign-in
 * itself is {@link OidcDashboardLoginTest}.
 */
@QuarkusTest
@TestProfile(OidcLoginTest.OidcOn.class)
class OidcLoginTest {

    /**
     * OIDC on, as docs/operations.md tells an engineer to configure it for Keycloak, with the dashboard sign-in through
     * the IdP.
     */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.tenant-enabled", "true",
                    "quarkus.oidc.client-id", OidcProvider.CLIENT_ID,
                    // the dashboard signs in through the IdP too (OidcDashboardLoginTest)
                    "bridge.security.oidc.dashboard-login", "true",
                    "quarkus.oidc.credentials.secret", OidcProvider.CLIENT_SECRET,
                    "quarkus.oidc.token.audience", OidcProvider.CLIENT_ID,
                    "quarkus.oidc.roles.role-claim-path", "realm_access/roles",
                    "bridge.security.oidc.operator-roles", "bridge-operator",
                    "bridge.security.oidc.viewer-roles", "bridge-viewer,bridge-auditor",
                    // a state store of its own: this app's simulators restart, so ids repeat (see OrdersOutageTest)
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:bridge-oidc-test;DB_CLOSE_DELAY=-1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcProvider.class));
        }
    }

    private static final String HEADER = CrossSiteRequestGuard.HEADER;

    @Inject
    ProducerTemplate producer;
    @Inject
    OpsTestTarget target;
    @Inject
    ParkedMessages parked;

    private static RequestSpecification bearer(String token) {
        return given().redirects().follow(false).auth().oauth2(token);
    }

    @Test
    void operatorTokenPausesResumesAndReplays() {
        String token = OidcProvider.token("ci-pipeline", "bridge-operator", "offline_access");
        bearer(token).when().get("/api/me").then().statusCode(200)
                .body("name", equalTo("ci-pipeline")).body("roles", hasItems("operator", "bridge-operator"))
                .body("roles", not(hasItem("viewer")));
        bearer(token).header(HEADER, "ci").when().post("/api/flows/opstest/pause").then().statusCode(200)
                .body("paused", equalTo(true));
        bearer(token).header(HEADER, "ci").when().post("/api/flows/opstest/resume").then().statusCode(200)
                .body("paused", equalTo(false));
        // The operator-only flow triggers (Camel routes, HTTP permission) let the token in: the flow runs and parks
        // the unknown order. Like every state-changing /api request, they need the cross-site header.
        bearer(token).when().post("/api/orders/990001/sync").then().statusCode(403);
        bearer(token).header(HEADER, "ci").when().post("/api/orders/990001/sync").then().statusCode(422)
                .body("outcome", equalTo("parked"));

        target.rejects.put("oidc-replay-1", "oidc.case@example.com");
        producer.sendBody("direct:opstest-record", "oidc-replay-1");
        long id = parked.byKey("opstest", "oidc-replay-1").orElseThrow().id();
        target.rejects.remove("oidc-replay-1");
        bearer(token).when().post("/api/parked/" + id + "/replay").then().statusCode(403)
                .body("error", containsString(HEADER));
        bearer(token).header(HEADER, "ci").when().post("/api/parked/" + id + "/replay").then().statusCode(200)
                .body("outcome", equalTo("COMMITTED"));
        assertThat(parked.byId(id)).isEmpty();
        bearer(token).queryParam("key", "oidc-replay-1").when().get("/api/activity").then().statusCode(200)
                .body("items.summary", hasItem("replay of parked message " + id + " by ci-pipeline: committed"));
    }

    @Test
    void viewerTokenReadsButCannotChangeAnything() {
        for (String role : List.of("bridge-viewer", "bridge-auditor")) {
            String token = OidcProvider.token("dashboard-reader", role);
            bearer(token).when().get("/api/flows").then().statusCode(200).body("flow", hasItem("opstest"));
            bearer(token).when().get("/api/me").then().statusCode(200).body("roles", hasItem("viewer"))
                    .body("roles", not(hasItem("operator")));
            bearer(token).header(HEADER, "ci").when().post("/api/flows/opstest/pause").then().statusCode(403);
            bearer(token).header(HEADER, "ci").when().post("/api/parked/1/replay").then().statusCode(403);
            bearer(token).when().post("/api/orders/990001/sync").then().statusCode(403);
        }
        bearer(OidcProvider.token("dashboard-reader", "bridge-viewer")).when().get("/api/flows/opstest").then()
                .statusCode(200).body("paused", equalTo(false));
    }

    @Test
    void rolesNamedLikeTheBridgesPassStraightThroughAndOtherRolesGrantNothing() {
        bearer(OidcProvider.token("keycloak-operator", "operator")).when().get("/api/me").then().statusCode(200)
                .body("roles", hasItem("operator"));
        String stranger = OidcProvider.token("somebody-else", "offline_access", "uma_authorization");
        bearer(stranger).when().get("/api/flows").then().statusCode(403);
        bearer(stranger).header(HEADER, "ci").when().post("/api/flows/opstest/pause").then().statusCode(403);
    }

    @Test
    void tokensTheBridgeMustNotTrustAreRefused() throws Exception {
        JwtClaims expired = OidcProvider.claims("ci-pipeline", "bridge-operator");
        expired.setIssuedAt(NumericDate.fromSeconds(Instant.now().minusSeconds(900).getEpochSecond()));
        expired.setExpirationTime(NumericDate.fromSeconds(Instant.now().minusSeconds(300).getEpochSecond()));
        JwtClaims otherAudience = OidcProvider.claims("ci-pipeline", "bridge-operator");
        otherAudience.setAudience("some-other-app");
        JwtClaims otherIssuer = OidcProvider.claims("ci-pipeline", "bridge-operator");
        otherIssuer.setIssuer(OidcProvider.issuer.replace("/realms/bridge", "/realms/elsewhere"));
        String good = OidcProvider.token("ci-pipeline", "bridge-operator");
        String otherKey = OidcProvider.sign(OidcProvider.claims("ci-pipeline", "bridge-operator"), RsaJwkGenerator.generateJwk(2048));
        String tampered = good.substring(0, good.indexOf('.')) + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(OidcProvider.claims("ci-pipeline", "bridge-operator", "operator").toJson().getBytes(StandardCharsets.UTF_8))
                + good.substring(good.lastIndexOf('.'));

        Map<String, String> refused = Map.of(
                "expired", OidcProvider.sign(expired, OidcProvider.signingKey),
                "other audience", OidcProvider.sign(otherAudience, OidcProvider.signingKey),
                "other issuer", OidcProvider.sign(otherIssuer, OidcProvider.signingKey),
                "signed by another key", otherKey,
                "payload changed after signing", tampered,
                "not a JWT", "not-a-token");
        refused.forEach((what, token) -> {
            bearer(token).when().get("/api/flows").then().statusCode(401);
            bearer(token).header(HEADER, "ci").when().post("/api/flows/opstest/pause").then().statusCode(401);
        });
        List<String> challenges = given().redirects().follow(false).when().get("/api/flows").then().statusCode(401)
                .extract().headers().getValues("WWW-Authenticate");
        assertThat(challenges).as("both ways in are named").anyMatch(c -> c.startsWith("Bearer")).anyMatch(c -> c.startsWith("Basic"));
        bearer(good).when().get("/api/flows").then().statusCode(200);
    }

    @Test
    void healthStaysOpenAndTheConfiguredUsersStillSignIn() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);

        given().auth().preemptive().basic("viewer", "viewer").when().get("/api/me").then().statusCode(200)
                .body("name", equalTo("viewer")).body("roles", equalTo(List.of("viewer")));
        given().auth().preemptive().basic("viewer", "viewer").header(HEADER, "t").when().post("/api/flows/opstest/pause")
                .then().statusCode(403);
        given().auth().preemptive().basic("admin", "admin").header(HEADER, "t").when().post("/api/flows/opstest/pause")
                .then().statusCode(200).body("paused", equalTo(true));
        given().auth().preemptive().basic("admin", "admin").header(HEADER, "t").when().post("/api/flows/opstest/resume")
                .then().statusCode(200).body("paused", equalTo(false));
        given().auth().preemptive().basic("admin", "wrong").when().get("/api/flows").then().statusCode(401);

        // With the dashboard sign-in through the IdP the pages send browsers to the IdP, not to the login form ...
        given().redirects().follow(false).when().get("/dashboard/").then().statusCode(302)
                .header("Location", containsString(OidcProvider.issuer + "/protocol/openid-connect/auth"));
        String session = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", "admin")
                .when().post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        // ... the form still signs a configured user in for /api, but the pages accept only the IdP's session.
        given().cookie("quarkus-credential", session).when().get("/api/me").then().statusCode(200).body("name", equalTo("admin"));
        given().redirects().follow(false).cookie("quarkus-credential", session).when().get("/dashboard/").then().statusCode(302)
                .header("Location", containsString(OidcProvider.issuer + "/protocol/openid-connect/auth"));
    }

    @Test
    void noTokenInTheLog() throws Exception {
        String token = OidcProvider.token("log-check", "bridge-operator");
        bearer(token).header(HEADER, "ci").when().post("/api/flows/nosuchflow/pause").then().statusCode(404);
        bearer(token + "x").when().get("/api/flows").then().statusCode(401);
        String log = Files.readString(Path.of("target/quarkus.log"), StandardCharsets.UTF_8);
        assertThat(log).as("the log capture works").contains("OIDC: bearer tokens on /api from " + OidcProvider.issuer);
        assertThat(log).doesNotContain(token.substring(token.lastIndexOf('.') + 1), token.substring(0, 40));
    }
}
