package com.ccvglobe.bridge.ops.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in session: who it is (so the dashboard offers operator actions only to operators) and sign-out. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Session")
public class SessionResource {

    private final SecurityIdentity identity;
    private final String cookieName;

    public SessionResource(SecurityIdentity identity,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName) {
        this.identity = identity;
        this.cookieName = cookieName;
    }

    public record Me(String name, List<String> roles) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in user and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign the dashboard out (drops the session cookie)", description = "Requires the header X-Requested-With.")
    public Response logout() {
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(new ApiMessage("signed out")).cookie(expired).build();
    }
}
