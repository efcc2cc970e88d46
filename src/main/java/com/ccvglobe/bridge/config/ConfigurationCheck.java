package com.ccvglobe.bridge.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks that span several keys and that annotations cannot express: what must be set when the bridge
 * talks to real systems, and whether URLs are URLs. Returns every problem at once so an operator fixes them in
 * one go.
 */
public final class ConfigurationCheck {

    private ConfigurationCheck() {
    }

    /** True when the bridge runs against the built-in sandbox systems. */
    public static boolean sandboxEnabled(BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe) {
        return bridge.sandbox().enabled()
                .orElse(ccv.baseUrl().filter(s -> !s.isBlank()).isEmpty()
                        && globe.baseUrl().filter(s -> !s.isBlank()).isEmpty());
    }

    public static List<ConfigProblem> problems(BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe) {
        List<ConfigProblem> problems = new ArrayList<>();
        url(problems, "ccv.base-url", ccv.baseUrl());
        url(problems, "globe.base-url", globe.baseUrl());
        globe.sql().jdbcUrl().filter(u -> !u.isBlank() && !u.startsWith("jdbc:"))
                .ifPresent(u -> problems.add(new ConfigProblem("globe.sql.jdbc-url",
                        "must be a JDBC URL starting with 'jdbc:', e.g. jdbc:sqlserver://globe-sql:1433;databaseName=400")));
        if (!sandboxEnabled(bridge, ccv, globe)) {
            String why = "is required when the sandbox is off (bridge.sandbox.enabled=false)";
            required(problems, "ccv.base-url", ccv.baseUrl(), why + ": the shop root, e.g. https://myshop.ccvshop.nl");
            required(problems, "ccv.public-key", ccv.publicKey(), why + ": the public key of the CCV API key pair");
            required(problems, "ccv.secret-key", ccv.secretKey(), why + ": the secret key of the CCV API key pair");
            required(problems, "globe.base-url", globe.baseUrl(),
                    why + ": e.g. http://globe:8020/services/Exact.Entity.REST.EG");
            required(problems, "globe.server-name", globe.serverName(), why + ": the SQL Server that hosts Globe");
            required(problems, "globe.database-name", globe.databaseName(),
                    why + ": the Globe administration's database, e.g. 400");
            required(problems, "globe.username", globe.username(), why + ": the entity service user");
            required(problems, "globe.password", globe.password(), why + ": the entity service user's password");
            if (globe.auth() == GlobeConfig.Auth.ntlm) {
                required(problems, "globe.domain", globe.domain(),
                        "is required for NTLM (globe.auth=ntlm): the Windows domain of the entity service user, or set GLOBE_AUTH=basic");
            }
        }
        return problems;
    }

    private static void required(List<ConfigProblem> problems, String key, Optional<String> value, String expected) {
        if (value.filter(v -> !v.isBlank()).isEmpty()) {
            problems.add(new ConfigProblem(key, expected));
        }
    }

    private static void url(List<ConfigProblem> problems, String key, Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(v -> {
            if (!isHttpUrl(v)) {
                problems.add(new ConfigProblem(key, "must be an absolute http(s) URL with a host, e.g. https://host:port/path"));
            }
        });
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
