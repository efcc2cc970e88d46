package com.ccvglobe.bridge.ops.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.privacy.ErasureReport;
import com.ccvglobe.bridge.privacy.ShopperErasure;

import io.quarkus.security.identity.SecurityIdentity;

/** A shopper's erasure request (GDPR): the bridge forgets what its state store holds about one e-mail address. */
@Path("/api/privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
@Tag(name = "Privacy")
public class PrivacyResource {

    private final ShopperErasure erasure;
    private final SecurityIdentity identity;

    public PrivacyResource(ShopperErasure erasure, SecurityIdentity identity) {
        this.erasure = erasure;
        this.identity = identity;
    }

    @DELETE
    @Path("/{email}")
    @Operation(summary = "Erase one shopper's traces: debtor and shopper links, activity rows and parked messages of the "
            + "shopper's orders and CCV users, the debtor claim and customer fingerprints",
            description = "Answers the masked address and the rows removed per table, and writes an activity row (flow privacy) "
                    + "that says so. Order links and order idempotency keys stay (ids only; they keep the order from being "
                    + "booked twice). Globe and CCV keep their own records. Requires the header X-Requested-With.")
    public ErasureReport erase(@PathParam("email") String email) {
        String address = email == null ? "" : email.trim();
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, "not an e-mail address; give the shopper's address, e.g. "
                    + "/api/privacy/jan.jansen@example.nl");
        }
        return erasure.erase(address, identity.getPrincipal().getName());
    }
}
