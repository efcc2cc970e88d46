package com.ccvglobe.bridge.ops.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.FlowControl;
import com.ccvglobe.bridge.ops.FlowState;
import com.ccvglobe.bridge.ops.golive.FlowHolds;

/** The flows (Camel route groups): their state, pause, resume and run now. */
@Path("/api/flows")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Flows")
public class FlowsResource {

    private final FlowControl flows;
    private final FlowHolds holds;

    public FlowsResource(FlowControl flows, FlowHolds holds) {
        this.flows = flows;
        this.holds = holds;
    }

    @GET
    @Operation(summary = "Every flow: routes, enabled or paused, last run, last success, counts per status in the last 24 h, cursors")
    public List<FlowState> all() {
        return flows.states();
    }

    @GET
    @Path("/{flow}")
    @Operation(summary = "One flow's state")
    public FlowState one(@PathParam("flow") String flow) {
        return flows.state(flow).orElseThrow(() -> unknown(flow));
    }

    @POST
    @Path("/{flow}/pause")
    @RolesAllowed("operator")
    @Operation(summary = "Suspend every route of the flow", description = "Requires the header X-Requested-With.")
    public FlowState pause(@PathParam("flow") String flow) throws Exception {
        if (!flows.pause(flow)) {
            throw unknown(flow);
        }
        return flows.state(flow).orElseThrow(() -> unknown(flow));
    }

    @POST
    @Path("/{flow}/resume")
    @RolesAllowed("operator")
    @Operation(summary = "Resume every route of the flow", description = "Requires the header X-Requested-With.")
    public FlowState resume(@PathParam("flow") String flow) throws Exception {
        refuseHeld(flow);
        if (!flows.resume(flow)) {
            throw unknown(flow);
        }
        return flows.state(flow).orElseThrow(() -> unknown(flow));
    }

    @POST
    @Path("/{flow}/run")
    @RolesAllowed("operator")
    @Operation(summary = "Start a run of the flow now (through its direct:<flow>-run-now endpoint); answers 202",
            description = "Requires the header X-Requested-With.")
    public Response run(@PathParam("flow") String flow) {
        if (flows.state(flow).isEmpty()) {
            throw unknown(flow);
        }
        refuseHeld(flow);
        if (!flows.runNow(flow)) {
            throw ApiProblem.of(Response.Status.NOT_FOUND,
                    "flow " + flow + " cannot be run on demand: it has no direct:" + flow + "-run-now endpoint");
        }
        return Response.accepted(new ApiMessage("run of flow " + flow + " started")).build();
    }

    /** A flow waiting for go-live is started through the go-live checklist, not resumed or run. */
    private void refuseHeld(String flow) {
        if (holds.held(flow)) {
            throw ApiProblem.of(Response.Status.CONFLICT, "flow " + flow + " waits for go-live: start it from the dashboard's "
                    + "go-live checklist or with POST /api/go-live/flows/" + flow + "/start");
        }
    }

    private RuntimeException unknown(String flow) {
        return ApiProblem.of(Response.Status.NOT_FOUND, "no flow " + flow + "; known flows: " + String.join(", ", flows.flows()));
    }
}
