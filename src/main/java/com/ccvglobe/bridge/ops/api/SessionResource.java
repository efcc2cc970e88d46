package com.ccvglobe.bridge.ops.api;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.security.SignedOutSessions;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in session: who it is (so the dashboard offers operator actions only to operators) and sign-out. A
 * session from the login form is dropped here; one from the IdP sign-in is ended at the IdP's sign-out path
 * ({@code quarkus.oidc.logout.path}, which also ends the IdP session) or, without one, dropped here.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Session")
public class SessionResource {

    static final String LOGIN_PAGE = "/login.html";
    static final String SIGNED_OUT_PAGE = "/signed-out.html";

    private final SecurityIdentity identity;
    private final OidcSession oidcSession;
    private final String cookieName;
    private final Optional<String> idpSignOutPath;
    private final SignedOutSessions signedOut;

    public SessionResource(SecurityIdentity identity, OidcSession oidcSession, SignedOutSessions signedOut,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName,
            @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> idpSignOutPath) {
        this.identity = identity;
        this.oidcSession = oidcSession;
        this.cookieName = cookieName;
        this.idpSignOutPath = idpSignOutPath;
        this.signedOut = signedOut;
    }

    public record Me(String name, List<String> roles) {
    }

    /** {@code next}: where the browser goes to finish signing out. */
    public record SignedOut(String message, String next) {
    }

    @GET
    @Path("/me")
    @Operation(summary = "The signed-in user and roles")
    public Me me() {
        return new Me(identity.getPrincipal().getName(), identity.getRoles().stream().sorted().toList());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign the dashboard out", description = "Ends the login form's session (a kept copy of its cookie no longer works), or for a session from "
            + "the IdP sign-in names the page that ends it at the IdP (next). Requires the header X-Requested-With.")
    public Response logout(@Context HttpHeaders headers) {
        if (identity.getCredential(IdTokenCredential.class) != null) {
            if (idpSignOutPath.isPresent()) {
                return Response.ok(new SignedOut("sign out at the IdP", idpSignOutPath.get())).build();
            }
            oidcSession.logout().await().indefinitely();
            return Response.ok(new SignedOut("signed out", SIGNED_OUT_PAGE)).build();
        }
        Cookie session = headers.getCookies().get(cookieName);
        if (session != null) {
            signedOut.signOut(session.getValue());
        }
        NewCookie expired = new NewCookie.Builder(cookieName).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(new SignedOut("signed out", LOGIN_PAGE)).cookie(expired).build();
    }
}
