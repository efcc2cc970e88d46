package com.ccvglobe.bridge.ops.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.ConnectionCheck;

/** "Test the connection": runs every {@link ConnectionCheck} bean and reports each check. */
@Path("/api/connection-check")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Connection check")
public class ConnectionCheckResource {

    private final Instance<ConnectionCheck> checks;

    public ConnectionCheckResource(Instance<ConnectionCheck> checks) {
        this.checks = checks;
    }

    /** One system's results; {@code ok} when every check passed. */
    public record SystemReport(String system, boolean ok, List<ConnectionCheck.Result> checks) {
    }

    /** All systems; an empty list when no checks are registered. */
    public record Report(boolean ok, List<SystemReport> systems) {
    }

    @GET
    @Operation(summary = "Run the connection checks of every system now; each failed check says what to fix")
    public Report run() {
        List<SystemReport> systems = new ArrayList<>();
        for (ConnectionCheck check : checks) {
            List<ConnectionCheck.Result> results;
            try {
                results = check.run();
            } catch (RuntimeException e) {
                results = List.of(new ConnectionCheck.Result("check ran", false, e.getClass().getSimpleName(),
                        "see the application log for the cause"));
            }
            systems.add(new SystemReport(check.system(), results.stream().allMatch(ConnectionCheck.Result::ok), results));
        }
        return new Report(systems.stream().allMatch(SystemReport::ok), systems);
    }
}
