package com.ccvglobe.bridge.ops.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.ParkedMessageActions;
import com.ccvglobe.bridge.ops.ReplayOutcome;
import com.ccvglobe.bridge.state.ParkedMessages;

import io.quarkus.security.identity.SecurityIdentity;

/** Parked messages: failed after their retries (or at once, for bad data); replay or discard them. */
@Path("/api/parked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Parked messages")
public class ParkedResource {

    private final ParkedMessages parked;
    private final ParkedMessageActions actions;
    private final SecurityIdentity identity;

    public ParkedResource(ParkedMessages parked, ParkedMessageActions actions, SecurityIdentity identity) {
        this.parked = parked;
        this.actions = actions;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Parked messages, newest failure first (without payloads)")
    public List<ParkedView> list(@QueryParam("flow") String flow) {
        return parked.list(flow == null || flow.isBlank() ? null : flow).stream().map(ParkedView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One parked message with its (masked) payload")
    public ParkedView detail(@PathParam("id") long id) {
        return parked.byId(id).map(ParkedView::detail).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed("operator")
    @Operation(summary = "Run the message through its flow again from the start; it leaves the list only when that worked",
            description = "outcome COMMITTED: processed and removed; PARKED: failed again and stays parked (message says why); "
                    + "FAILED: could not be run (e.g. the flow is paused). Requires the header X-Requested-With.")
    public ReplayOutcome replay(@PathParam("id") long id) {
        return actions.replay(id, operator()).orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/{id}/discard")
    @RolesAllowed("operator")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Discard the message with a reason (kept in the activity log as DISCARDED)",
            description = "Requires the header X-Requested-With.")
    public ReplayOutcome discard(@PathParam("id") long id, DiscardRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, "a reason is required to discard a parked message");
        }
        return actions.discard(id, request.reason().trim(), operator()).orElseThrow(() -> notFound(id));
    }

    private String operator() {
        return identity.getPrincipal().getName();
    }

    private static RuntimeException notFound(long id) {
        return ApiProblem.of(Response.Status.NOT_FOUND, "no parked message " + id);
    }
}
