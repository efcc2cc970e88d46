package com.ccvglobe.bridge.ops.security;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.ccvglobe.bridge.ops.api.ApiProblem;

/**
 * Keeps state-changing API requests from other sites out: a POST, PUT, PATCH or DELETE under {@code /api} must carry
 * the header {@code X-Requested-With}. A form or link on another site cannot send a custom header, and script on
 * another origin would need a CORS pre-flight, which the bridge does not grant. The dashboard sends it on every call.
 */
public class CrossSiteRequestGuard {

    public static final String HEADER = "X-Requested-With";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!STATE_CHANGING.contains(request.getMethod()) || !(path.equals("/api") || path.startsWith("/api/"))) {
            return null;
        }
        String header = request.getHeaderString(HEADER);
        if (header != null && !header.isBlank()) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                .entity(new ApiProblem("state-changing requests need the header " + HEADER + " (cross-site request protection)"))
                .build();
    }
}
