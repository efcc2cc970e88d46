package com.ccvglobe.bridge.ops.charts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The numbers behind the dashboard's charts (docs/operations.md, "Charts"). */
@Path("/api/charts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Charts")
public class ChartsResource {

    private final ChartData data;
    private final RunProgress progress;

    public ChartsResource(ChartData data, RunProgress progress) {
        this.data = data;
        this.progress = progress;
    }

    @GET
    @Operation(summary = "Orders booked/parked and paid→Globe latency per hour (7 days), CCV calls per minute against the"
            + " limits, stock and articles runs with their duration, and the run going now")
    public Map<String, Object> charts(@QueryParam("minutes") Integer minutes) {
        Instant now = Instant.now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generatedAt", now);
        body.putAll(data.orders(now));
        body.put("calls", data.calls(now, minutes == null ? 60 : Math.max(5, Math.min(24 * 60, minutes))));
        body.put("runs", data.runs(now));
        body.put("running", progress.running());
        return body;
    }
}
