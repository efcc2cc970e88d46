package com.ccvglobe.bridge.ops.security;

import java.util.ArrayList;
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
 * application would pass) or with an application type other than {@code service} (only bearer tokens are supported).
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
        if (!value.apply("quarkus.oidc.tenant-enabled").map(Boolean::parseBoolean).orElse(true)) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        Optional<String> issuer = value.apply("quarkus.oidc.auth-server-url").filter(s -> !s.isBlank());
        Optional<String> audience = value.apply("quarkus.oidc.token.audience").filter(s -> !s.isBlank());
        String type = value.apply("quarkus.oidc.application-type").orElse("service");
        if (issuer.isEmpty()) {
            problems.add("set QUARKUS_OIDC_AUTH_SERVER_URL to the IdP's issuer URL");
        }
        if (audience.isEmpty()) {
            problems.add("set QUARKUS_OIDC_TOKEN_AUDIENCE to the audience the IdP writes into the bridge's tokens "
                    + "(without it tokens issued for any other application of the IdP would be accepted)");
        }
        if (!"service".equalsIgnoreCase(type)) {
            problems.add("QUARKUS_OIDC_APPLICATION_TYPE must be service (bearer tokens on /api), not " + type);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("OIDC is on (QUARKUS_OIDC_TENANT_ENABLED=true) but: " + String.join("; ", problems)
                    + " (see docs/operations.md, Security)");
        }
        String claim = value.apply("quarkus.oidc.roles.role-claim-path").orElse("groups (default; else realm_access/roles and resource_access/<client id>/roles)");
        return Optional.of("OIDC: bearer tokens on /api from " + issuer.get() + " for audience " + audience.get()
                + "; roles from claim " + claim + "; operator from " + operatorRoles + ", viewer from " + viewerRoles);
    }
}
