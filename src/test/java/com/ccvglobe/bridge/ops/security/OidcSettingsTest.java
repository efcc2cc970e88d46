package com.ccvglobe.bridge.ops.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** OIDC's start-up rules and the mapping of IdP roles onto the bridge's roles. */
class OidcSettingsTest {

    private static Optional<String> check(Map<String, String> config) {
        return OidcSettings.check(key -> Optional.ofNullable(config.get(key)), "[bridge-operator]", "[bridge-viewer]");
    }

    private static Map<String, String> on() {
        return new HashMap<>(Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", "https://login.example.com/realms/shop",
                "quarkus.oidc.token.audience", "ccv-globe-bridge", "quarkus.oidc.application-type", "service"));
    }

    @Test
    void offSaysNothing() {
        assertThat(check(Map.of("quarkus.oidc.tenant-enabled", "false", "quarkus.oidc.application-type", "service"))).isEmpty();
    }

    @Test
    void onNamesIssuerAudienceAndRoles() {
        Map<String, String> config = on();
        config.put("quarkus.oidc.roles.role-claim-path", "roles");
        assertThat(check(config)).contains("OIDC: bearer tokens on /api from https://login.example.com/realms/shop for audience "
                + "ccv-globe-bridge; roles from claim roles; operator from [bridge-operator], viewer from [bridge-viewer]");
    }

    @Test
    void onWithoutIssuerOrAudienceOrAsAWebAppRefusesToStart() {
        Map<String, String> config = on();
        config.remove("quarkus.oidc.token.audience");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("set QUARKUS_OIDC_TOKEN_AUDIENCE")
                .hasMessageNotContaining("QUARKUS_OIDC_AUTH_SERVER_URL");
        config.remove("quarkus.oidc.auth-server-url");
        config.put("quarkus.oidc.application-type", "web-app");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("set QUARKUS_OIDC_AUTH_SERVER_URL")
                .hasMessageContaining("QUARKUS_OIDC_APPLICATION_TYPE must be service");
    }

    @Test
    void dashboardLoginNeedsOidcHybridAClientIdAndTheSecretAndNeverLogsIt() {
        assertThatThrownBy(() -> check(Map.of("quarkus.oidc.tenant-enabled", "false", "bridge.security.oidc.dashboard-login", "true")))
                .hasMessageContaining("needs OIDC on");

        Map<String, String> config = on();
        config.putAll(DashboardLoginConfigSource.SETTINGS);
        config.put("bridge.security.oidc.dashboard-login", "true");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("set QUARKUS_OIDC_CLIENT_ID")
                .hasMessageContaining("set QUARKUS_OIDC_CREDENTIALS_SECRET");
        config.put("quarkus.oidc.client-id", "bridge-client-7");
        config.put("quarkus.oidc.credentials.secret", "s3cret-value");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("QUARKUS_OIDC_TOKEN_AUDIENCE must include the client id bridge-client-7");
        config.put("quarkus.oidc.client-id", "ccv-globe-bridge");
        config.put("quarkus.oidc.token.audience", "api://default, ccv-globe-bridge");
        assertThat(check(config)).hasValueSatisfying(line -> assertThat(line)
                .startsWith("OIDC: bearer tokens on /api from https://login.example.com/realms/shop for audience api://default, ccv-globe-bridge")
                .endsWith("; dashboard sign-in through the IdP as client ccv-globe-bridge (redirect URI <public address>/dashboard/), "
                        + "sign-out at /dashboard/sign-out ends the IdP session too")
                .doesNotContain("s3cret-value"));
        config.put("quarkus.oidc.logout.path", "");
        assertThat(check(config)).hasValueSatisfying(line -> assertThat(line).endsWith("sign-out ends the bridge's session only"));

        config.put("quarkus.oidc.application-type", "service");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("QUARKUS_OIDC_APPLICATION_TYPE must be hybrid");
        config.put("quarkus.oidc.application-type", "hybrid");
        config.put("quarkus.http.auth.permission.pages.auth-mechanism", "form");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("QUARKUS_HTTP_AUTH_PERMISSION_PAGES_AUTH_MECHANISM must be code");
    }

    @Test
    void hybridWithoutTheDashboardSwitchRefusesToStart() {
        Map<String, String> config = on();
        config.put("quarkus.oidc.application-type", "hybrid");
        assertThatThrownBy(() -> check(config)).hasMessageContaining("QUARKUS_OIDC_APPLICATION_TYPE must be service")
                .hasMessageContaining("BRIDGE_SECURITY_OIDC_DASHBOARD_LOGIN=true");
    }

    @Test
    void idpRolesGrantTheBridgeRolesTheyAreListedFor() {
        Set<String> operators = Set.of("Bridge.Operator", "6b3c1f0e-operators-group");
        Set<String> viewers = Set.of("Bridge.Viewer");
        assertThat(IdpRoles.granted(Set.of("offline_access", "Bridge.Operator"), operators, viewers)).containsExactly("operator");
        assertThat(IdpRoles.granted(Set.of("6b3c1f0e-operators-group", "Bridge.Viewer"), operators, viewers))
                .containsExactly("operator", "viewer");
        assertThat(IdpRoles.granted(Set.of("bridge.operator", "Bridge.Viewer"), operators, viewers)).as("case-sensitive")
                .containsExactly("viewer");
        assertThat(IdpRoles.granted(Set.of("offline_access"), operators, viewers)).isEmpty();
    }
}
