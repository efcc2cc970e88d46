package com.ccvglobe.bridge.ops.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.orders.OrdersFirstPoll;
import com.ccvglobe.bridge.ops.golive.GoLive;
import com.ccvglobe.bridge.ops.golive.GoLiveChecklist;
import com.ccvglobe.bridge.ops.golive.StoredLinkUpConfirmation;

import io.quarkus.security.identity.SecurityIdentity;

/** Going live: which flows wait for an operator, the go-live checklist, and starting a flow. */
@Path("/api/go-live")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Go live")
public class GoLiveResource {

    private final GoLive goLive;
    private final GoLiveChecklist checklist;
    private final StoredLinkUpConfirmation linkUp;
    private final OrdersFirstPoll firstPoll;
    private final SecurityIdentity identity;

    public GoLiveResource(GoLive goLive, GoLiveChecklist checklist, StoredLinkUpConfirmation linkUp,
            OrdersFirstPoll firstPoll, SecurityIdentity identity) {
        this.goLive = goLive;
        this.checklist = checklist;
        this.linkUp = linkUp;
        this.firstPoll = firstPoll;
        this.identity = identity;
    }

    /** The go-live state and what the first orders poll left out (null before it ran). */
    public record Overview(GoLive.Status status, OrdersFirstPoll.Report ordersFirstPoll) {
    }

    @GET
    @Operation(summary = "Whether flows start paused, which flows wait for an operator, who started the others, and how "
            + "many orders the first orders poll left out as older than its window")
    public Overview overview() {
        return new Overview(goLive.status(), firstPoll.report().orElse(null));
    }

    @GET
    @Path("/checklist")
    @Operation(summary = "The go-live checklist now: connection check green, mapping valid, articles link-up report read")
    public GoLiveChecklist.Checklist checklist() {
        return checklist.run();
    }

    @POST
    @Path("/flows/{flow}/start")
    @RolesAllowed("operator")
    @Operation(summary = "Start a flow that waits for go-live (kept across restarts); refused with 409 while the checklist "
            + "is not done unless despite-checklist=true", description = "Requires the header X-Requested-With.")
    public GoLive.Status start(@PathParam("flow") String flow, @QueryParam("despite-checklist") boolean despiteChecklist)
            throws Exception {
        try {
            if (!goLive.start(flow, identity.getPrincipal().getName(), despiteChecklist)) {
                throw ApiProblem.of(Response.Status.NOT_FOUND, "no flow " + flow);
            }
        } catch (GoLive.ChecklistOpen e) {
            throw new WebApplicationException(e.getMessage(), Response.status(Response.Status.CONFLICT)
                    .type(MediaType.APPLICATION_JSON).entity(new Refused(e.getMessage(), e.checklist())).build());
        }
        return goLive.status();
    }

    /** A refused start: why, and the checklist as it stood. */
    public record Refused(String error, GoLiveChecklist.Checklist checklist) {
    }

    @POST
    @Path("/articles-linkup/confirm")
    @RolesAllowed("operator")
    @Operation(summary = "Confirm that the articles link-up report was read (ticks the checklist item)",
            description = "Requires the header X-Requested-With.")
    public GoLiveChecklist.Checklist confirmLinkUp(@QueryParam("report") String report) {
        linkUp.confirm(identity.getPrincipal().getName(), report);
        return checklist.run();
    }
}
