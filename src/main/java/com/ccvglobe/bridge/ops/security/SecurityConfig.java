package com.ccvglobe.bridge.ops.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Security settings of the bridge's own HTTP endpoints (prefix {@code bridge.security}). */
@ConfigMapping(prefix = "bridge.security")
public interface SecurityConfig {

    /**
     * Who may read {@code /q/metrics}: {@code permit} (anyone, for a Prometheus scraper inside the cluster),
     * {@code authenticated} (a dashboard user, e.g. the scraper with Basic credentials) or {@code deny}.
     */
    @WithDefault("permit")
    @Pattern(regexp = "permit|authenticated|deny", message = "must be permit, authenticated or deny")
    String metricsPolicy();

    /** Throttling of failed sign-ins (HTTP Basic and the login form), per user name and per source address. */
    SignIn signIn();

    interface SignIn {

        /** Failed sign-ins within {@link #window()} after which the user name or address is refused for a while. */
        @WithDefault("5")
        @Min(1)
        int maxFailures();

        /** How long failures are counted from the first one. */
        @WithDefault("PT5M")
        Duration window();

        /** How long a user name or address is refused (answered {@code 429} with {@code Retry-After}). */
        @WithDefault("PT5M")
        Duration lockout();
    }

    /** Which roles an OIDC token grants; OIDC itself is switched on with Quarkus' {@code quarkus.oidc.*} keys. */
    Oidc oidc();

    interface Oidc {

        /**
         * IdP roles or groups (values of the token claim {@code quarkus.oidc.roles.role-claim-path}) that grant the
         * bridge's {@code operator} role, e.g. {@code bridge-operator} or an Entra ID group's object id.
         */
        Optional<Set<String>> operatorRoles();

        /** IdP roles or groups that grant the bridge's read-only {@code viewer} role. */
        Optional<Set<String>> viewerRoles();

        /**
         * Whether the dashboard pages sign in through the IdP (OIDC authorization-code flow) instead of the login
         * form; needs OIDC on and the client secret ({@link DashboardLoginConfigSource}).
         */
        @WithDefault("false")
        boolean dashboardLogin();
    }
}
