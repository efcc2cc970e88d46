package com.ccvglobe.bridge.ops.security;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Dashboard sign-in through the IdP ({@code bridge.security.oidc.dashboard-login=true} with OIDC on) expressed as the
 * Quarkus settings it stands for: OIDC in {@code hybrid} mode (bearer tokens on {@code /api}, the authorization-code
 * flow for browsers), the pages permission on the code flow instead of the login form, the IdP's answer coming back to
 * {@code /dashboard/}, and sign-out at {@code /dashboard/sign-out} ending the session at the IdP too. Ordinal 275:
 * above application.properties, below environment variables, so any of them can still be set explicitly
 * ({@link OidcSettings} refuses combinations that cannot work). With the switch off this adds nothing.
 */
public class DashboardLoginConfigSource implements ConfigSourceFactory {

    static final String SWITCH = "bridge.security.oidc.dashboard-login";
    static final String REDIRECT_PATH = "/dashboard/";
    static final String SIGN_OUT_PATH = "/dashboard/sign-out";
    static final String SIGNED_OUT_PAGE = "/signed-out.html";

    static final Map<String, String> SETTINGS = Map.of(
            "quarkus.oidc.application-type", "hybrid",
            "quarkus.http.auth.permission.pages.auth-mechanism", "code",
            "quarkus.oidc.authentication.redirect-path", REDIRECT_PATH,
            "quarkus.oidc.authentication.restore-path-after-redirect", "true",
            "quarkus.oidc.logout.path", SIGN_OUT_PATH,
            "quarkus.oidc.logout.post-logout-path", SIGNED_OUT_PAGE,
            // the dashboard's fetch calls to /api get 401 instead of a redirect to the IdP (ApiChallenge)
            "quarkus.oidc.authentication.java-script-auto-redirect", "false");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isTrue(context.getValue(SWITCH)) || !isTrue(context.getValue("quarkus.oidc.tenant-enabled"))) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(SETTINGS, "bridge-dashboard-login", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    private static boolean isTrue(ConfigValue value) {
        return value != null && value.getValue() != null && Boolean.parseBoolean(value.getValue().trim());
    }
}
