package com.ccvglobe.bridge.ops.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;

/** The activity log: what came from CCV Shop and what went to Exact Globe, one row per message. */
@Path("/api/activity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Activity log")
public class ActivityResource {

    private static final int MAX_SIZE = 500;

    private final ActivityLog log;

    public ActivityResource(ActivityLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Query the activity log, newest first")
    public ActivityPage query(@Parameter(description = "flow (route group), e.g. orders") @QueryParam("flow") String flow,
            @Parameter(description = "COMMITTED, PARKED, SKIPPED, RECEIVED, REJECTED or DISCARDED") @QueryParam("status") String status,
            @Parameter(description = "business key (CCV order id, SKU) or target reference (Globe number)") @QueryParam("key") String key,
            @Parameter(description = "finished at or after, ISO-8601 instant") @QueryParam("from") String from,
            @Parameter(description = "finished before, ISO-8601 instant") @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, "page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        List<ActivityEntry> rows = log.find(blank(flow), status(status), blank(key), instant("from", from), instant("to", to),
                page * size, size + 1);
        boolean hasMore = rows.size() > size;
        List<ActivityView> items = rows.stream().limit(size).map(ActivityView::of).toList();
        return new ActivityPage(items, page, size, hasMore);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One activity row: attempts, duration, the error with record and field, the masked summary")
    public ActivityView entry(@PathParam("id") long id) {
        return log.byId(id).map(ActivityView::of)
                .orElseThrow(() -> ApiProblem.of(Response.Status.NOT_FOUND, "no activity row " + id));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static ActivityStatus status(String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return ActivityStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, "unknown status " + value + "; use one of " + List.of(ActivityStatus.values()));
        }
    }

    private static Instant instant(String name, String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
