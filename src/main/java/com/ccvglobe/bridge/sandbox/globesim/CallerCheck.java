package com.ccvglobe.bridge.sandbox.globesim;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who calls the simulated entity service, as IIS and Globe check it: Windows authentication (an NTLM handshake that
 * authenticates the connection once, or Basic), and the {@code ServerName}/{@code DatabaseName} headers naming the
 * company. The fault {@code unauthorized} refuses everyone.
 */
final class CallerCheck {

    private static final String CHALLENGED = "challenged";
    private static final String AUTHENTICATED = "authenticated";

    private final GlobeSimulator.Options options;
    private final Faults faults;
    private final Map<HttpConnection, String> ntlm = Collections.synchronizedMap(new WeakHashMap<>());

    private final CallLog calls;

    CallerCheck(GlobeSimulator.Options options, Faults faults, CallLog calls) {
        this.options = options;
        this.faults = faults;
        this.calls = calls;
    }

    /** Null when the caller may go on: NTLM on the connection, or Basic; else the 401 (or the NTLM challenge). */
    SimResponse authenticate(HttpServerRequest request) {
        if (faults.unauthorized()) {
            return unauthorized(null);
        }
        HttpConnection connection = request.connection();
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return AUTHENTICATED.equals(ntlm.get(connection)) ? null : unauthorized(null);
        }
        String[] parts = authorization.trim().split("\\s+", 2);
        String scheme = parts[0];
        String token = parts.length > 1 ? parts[1] : "";
        if ("Basic".equalsIgnoreCase(scheme)) {
            return basic(token) ? null : unauthorized(null);
        }
        if ("NTLM".equalsIgnoreCase(scheme) || "Negotiate".equalsIgnoreCase(scheme)) {
            int type = NtlmHandshake.type(token);
            if (type == 1) {
                calls.handshake();
                ntlm.put(connection, CHALLENGED);
                return unauthorized("NTLM " + NtlmHandshake.challenge());
            }
            NtlmHandshake.Identity identity = type == 3 && CHALLENGED.equals(ntlm.get(connection))
                    ? NtlmHandshake.authenticate(token) : null;
            if (identity != null && identity.user().equalsIgnoreCase(options.username())
                    && (options.domain() == null || options.domain().equalsIgnoreCase(identity.domain()))) {
                ntlm.put(connection, AUTHENTICATED);
                return null;
            }
            ntlm.remove(connection);
        }
        return unauthorized(null);
    }

    private boolean basic(String token) {
        try {
            String decoded = new String(Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String user = decoded.substring(0, colon);
            user = user.contains("\\") ? user.substring(user.indexOf('\\') + 1) : user;
            return user.equalsIgnoreCase(options.username()) && decoded.substring(colon + 1).equals(options.password());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static SimResponse unauthorized(String challenge) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/html");
        headers.put("WWW-Authenticate", challenge != null ? challenge : "NTLM");
        return new SimResponse(401, headers, challenge != null ? "" : "401 - Unauthorized: Access is denied due to invalid credentials.");
    }

    /** Null when {@code ServerName} and {@code DatabaseName} name this simulator's company; else Globe's error. */
    SimResponse company(HttpServerRequest request) {
        String serverName = request.getHeader("ServerName");
        String databaseName = request.getHeader("DatabaseName");
        if (serverName == null || databaseName == null || serverName.isBlank() || databaseName.isBlank()) {
            return SimResponse.json(400, ODataJson.error("The headers ServerName and DatabaseName are required"));
        }
        if (!serverName.equalsIgnoreCase(options.serverName()) || !databaseName.equals(options.databaseName())) {
            return SimResponse.json(500, ODataJson.error("Cannot open database '" + databaseName + "' on server '" + serverName + "'"));
        }
        return null;
    }
}
