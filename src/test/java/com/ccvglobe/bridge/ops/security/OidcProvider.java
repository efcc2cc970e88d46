package com.ccvglobe.bridge.ops.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A tiny OIDC provider for the tests (WireMock on a random loopback port): the discovery document of realm
 * {@code bridge} and a JWKS with an RSA key generated here. {@link #token} signs access tokens as the provider would,
 * Keycloak-style (roles under {@code realm_access/roles}). For the browser sign-in: the authorization endpoint
 * sends the browser back to the {@code redirect_uri} with the {@code state} it was given and the code
 * {@code code-for-<login_hint>} (the test "types" the user name as {@code login_hint}); the token endpoint answers a
 * code registered with {@link #signsIn} with a signed ID token and access token; the end-session endpoint sends the
 * browser to {@code post_logout_redirect_uri}.
 */
public class OidcProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "ccv-globe-bridge";
    static final String KEY_ID = "bridge-test-key";
    static final String CLIENT_SECRET = "test-client-secret-7f3a9c";
    static final String AUTH_PATH = "/realms/bridge/protocol/openid-connect/auth";
    static final String TOKEN_PATH = "/realms/bridge/protocol/openid-connect/token";
    static final String END_SESSION_PATH = "/realms/bridge/protocol/openid-connect/logout";
    static WireMockServer server;
    static RsaJsonWebKey signingKey;
    static String issuer;

    @Override
    public Map<String, String> start() {
        try {
            signingKey = RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
        signingKey.setKeyId(KEY_ID);
        signingKey.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        issuer = server.baseUrl() + "/realms/bridge";
        server.stubFor(get("/realms/bridge/.well-known/openid-configuration").willReturn(okJson("""
                {"issuer":"%1$s","jwks_uri":"%1$s/protocol/openid-connect/certs",
                 "authorization_endpoint":"%1$s/protocol/openid-connect/auth","token_endpoint":"%1$s/protocol/openid-connect/token",
                 "end_session_endpoint":"%1$s/protocol/openid-connect/logout",
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer))));
        server.stubFor(get("/realms/bridge/protocol/openid-connect/certs")
                .willReturn(okJson(new JsonWebKeySet(signingKey).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
        server.stubFor(get(urlPathEqualTo(AUTH_PATH)).willReturn(aResponse().withStatus(302).withTransformers("response-template")
                .withHeader("Location", "{{{request.query.redirect_uri}}}?code=code-for-{{{request.query.login_hint}}}&state={{{request.query.state}}}")));
        server.stubFor(get(urlPathEqualTo(END_SESSION_PATH)).willReturn(aResponse().withStatus(302).withTransformers("response-template")
                .withHeader("Location", "{{{request.query.post_logout_redirect_uri}}}")));
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A token as the provider issues it: for the bridge's audience, valid for five minutes. */
    static JwtClaims claims(String user, String... realmRoles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject("subject-of-" + user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("azp", "ci-pipeline");
        claims.setClaim("realm_access", Map.of("roles", List.of(realmRoles)));
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(300).getEpochSecond()));
        claims.setGeneratedJwtId();
        return claims;
    }

    /**
     * Lets {@code user} sign in at the provider: the token endpoint answers the code {@code code-for-<user>} with an
     * ID token (for the bridge's client) and an access token, both carrying the realm roles.
     */
    static void signsIn(String user, String... realmRoles) {
        JwtClaims id = claims(user, realmRoles);
        id.setClaim("azp", CLIENT_ID);
        server.stubFor(post(TOKEN_PATH).withRequestBody(containing("code=code-for-" + user)).willReturn(okJson("""
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":300}"""
                .formatted(token(user, realmRoles), sign(id, signingKey)))));
    }

    static String token(String user, String... realmRoles) {
        return sign(claims(user, realmRoles), signingKey);
    }

    static String sign(JwtClaims claims, RsaJsonWebKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
