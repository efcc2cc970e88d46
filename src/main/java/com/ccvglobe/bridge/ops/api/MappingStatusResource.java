package com.ccvglobe.bridge.ops.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.MappingStatusSource;

/** The mapping's status for the dashboard; {@code available: false} until the mapping reports one. */
@Path("/api/mapping/status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Mapping")
public class MappingStatusResource {

    private final Instance<MappingStatusSource> source;

    public MappingStatusResource(Instance<MappingStatusSource> source) {
        this.source = source;
    }

    /** {@code status} is null when not available. */
    public record View(boolean available, MappingStatusSource.Report status) {
    }

    @GET
    @Operation(summary = "Loaded mapping file, last reload and its errors")
    public View status() {
        return source.isResolvable() ? new View(true, source.get().status()) : new View(false, null);
    }
}
