package com.ccvglobe.bridge.ops.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * OIDC is off unless {@code quarkus.oidc.tenant-enabled=true}. When it is on, this names the issuer, audience and role
 * mapping in the start-up log, and refuses to start without an audience (tokens the IdP issued for any other
 * application would pass) or with an application type other than {@code service} (bearer tokens on {@code /api}).
 * With the dashboard sign-in through the IdP ({@code bridge.security.oidc.dashboard-login=true}) the type is
 * {@code hybrid} and the client id and secret are required; that switch without OIDC on refuses to start too. The
 * secret itself is never logged.
 */
@Singleton
public class OidcSettings {

    private static final Logger LOG = Logger.getLogger(OidcSettings.class);

    void onStart(@Observes StartupEvent event, Config config, SecurityConfig security) {
        String operators = security.oidc().operatorRoles().map(Set::toString).orElse("[]");
        String viewers = security.oidc().viewerRoles().map(Set::toString).orElse("[]");
        check(key -> config.getOptionalValue(key, String.class), operators, viewers).ifPresent(LOG::info);
    }

    /** The line to log when OIDC is on; throws when it is on but misconfigured. */
    static Optional<String> check(Function<String, Optional<String>> value, String operatorRoles, String viewerRoles) {
        boolean dashboardLogin = value.apply(DashboardLoginConfigSource.SWITCH).map(s -> Boolean.parseBoolean(s.trim())).orElse(false);
        if (!value.apply("quarkus.oidc.tenant-enabled").map(Boolean::parseBoolean).orElse(true)) {
            if (dashboardLogin) {
                throw new IllegalStateException("BRIDGE_SECURITY_OIDC_DASHBOARD_LOGIN=true needs OIDC on: set QUARKUS_OIDC_TENANT_ENABLED=true "
                        + "and the other QUARKUS_OIDC_* settings (see docs/operations.md, Security)");
            }
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        Optional<String> issuer = present(value, "quarkus.oidc.auth-server-url");
        Optional<String> audience = present(value, "quarkus.oidc.token.audience");
        String type = value.apply("quarkus.oidc.application-type").orElse("service");
        if (issuer.isEmpty()) {
            problems.add("set QUARKUS_OIDC_AUTH_SERVER_URL to the IdP's issuer URL");
        }
        if (audience.isEmpty()) {
            problems.add("set QUARKUS_OIDC_TOKEN_AUDIENCE to the audience the IdP writes into the bridge's tokens "
                    + "(without it tokens issued for any other application of the IdP would be accepted)");
        }
        if (dashboardLogin) {
            problems.addAll(dashboardLoginProblems(value, type));
            Optional<String> clientId = present(value, "quarkus.oidc.client-id");
            if (audience.isPresent() && clientId.isPresent()
                    && Arrays.stream(audience.get().split(",")).map(String::trim).noneMatch(clientId.get()::equals)) {
                problems.add("QUARKUS_OIDC_TOKEN_AUDIENCE must include the client id " + clientId.get()
                        + " as well (the IdP issues the dashboard's ID tokens to it)");
            }
        } else if (!"service".equalsIgnoreCase(type)) {
            problems.add("QUARKUS_OIDC_APPLICATION_TYPE must be service (bearer tokens on /api), not " + type
                    + "; for the dashboard sign-in through the IdP set BRIDGE_SECURITY_OIDC_DASHBOARD_LOGIN=true instead");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("OIDC is on (QUARKUS_OIDC_TENANT_ENABLED=true) but: " + String.join("; ", problems)
                    + " (see docs/operations.md, Security)");
        }
        String claim = value.apply("quarkus.oidc.roles.role-claim-path").orElse("groups (default; else realm_access/roles and resource_access/<client id>/roles)");
        String line = "OIDC: bearer tokens on /api from " + issuer.get() + " for audience " + audience.get()
                + "; roles from claim " + claim + "; operator from " + operatorRoles + ", viewer from " + viewerRoles;
        if (dashboardLogin) {
            line += "; dashboard sign-in through the IdP as client " + present(value, "quarkus.oidc.client-id").orElseThrow()
                    + " (redirect URI <public address>" + value.apply("quarkus.oidc.authentication.redirect-path").orElse("") + "), sign-out "
                    + present(value, "quarkus.oidc.logout.path").map(p -> "at " + p + " ends the IdP session too")
                            .orElse("ends the bridge's session only");
        }
        return Optional.of(line);
    }

    private static List<String> dashboardLoginProblems(Function<String, Optional<String>> value, String type) {
        List<String> problems = new ArrayList<>();
        if (!"hybrid".equalsIgnoreCase(type)) {
            problems.add("QUARKUS_OIDC_APPLICATION_TYPE must be hybrid (or unset) with BRIDGE_SECURITY_OIDC_DASHBOARD_LOGIN=true, not " + type);
        }
        if (!value.apply("quarkus.http.auth.permission.pages.auth-mechanism").orElse("").equals("code")) {
            problems.add("QUARKUS_HTTP_AUTH_PERMISSION_PAGES_AUTH_MECHANISM must be code (or unset) with BRIDGE_SECURITY_OIDC_DASHBOARD_LOGIN=true");
        }
        if (present(value, "quarkus.oidc.client-id").isEmpty()) {
            problems.add("set QUARKUS_OIDC_CLIENT_ID to the bridge's client id at the IdP");
        }
        if (present(value, "quarkus.oidc.credentials.secret").isEmpty() && present(value, "quarkus.oidc.credentials.client-secret.value").isEmpty()) {
            problems.add("set QUARKUS_OIDC_CREDENTIALS_SECRET to the bridge's client secret at the IdP (the dashboard sign-in "
                    + "exchanges the IdP's code for tokens with it)");
        }
        return problems;
    }

    private static Optional<String> present(Function<String, Optional<String>> value, String key) {
        return value.apply(key).filter(s -> !s.isBlank());
    }
}
