package com.ccvglobe.bridge.ops.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.articles.ArticlesLinkUp;
import com.ccvglobe.bridge.articles.LinkUpReport;
import com.ccvglobe.bridge.state.CatalogueFindings;
import com.ccvglobe.bridge.support.TransientException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The articles link-up of a shop whose catalogue already exists (docs/articles.md, "Link-up"): the report of what the
 * first run would create, update and deactivate, its confirmation, and the SKUs found more than once in CCV.
 */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Articles link-up")
public class ArticlesLinkUpResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The link-up's state and, once made, its report. */
    public record LinkUpView(ArticlesLinkUp.Status status, JsonNode report) {
    }

    private final ArticlesLinkUp linkUp;
    private final LinkUpReport report;
    private final CatalogueFindings findings;
    private final SecurityIdentity identity;

    public ArticlesLinkUpResource(ArticlesLinkUp linkUp, LinkUpReport report, CatalogueFindings findings,
            SecurityIdentity identity) {
        this.linkUp = linkUp;
        this.report = report;
        this.findings = findings;
        this.identity = identity;
    }

    @GET
    @Path("/link-up")
    @Operation(summary = "The link-up state and report; opening it marks the report read",
            description = "state: off, not-needed, waiting (no report yet), reported (runs on hold) or confirmed. The report "
                    + "lists per SKU what the first run would create, update (fields) and deactivate, the duplicate SKUs "
                    + "and how many shop products no Globe item stands for. The first signed-in user who opens a report "
                    + "marks it read (readAt, readBy).")
    public LinkUpView view() {
        String stored = report.stored().orElse(null);
        if (stored != null) {
            findings.read(identity.getPrincipal().getName());
        }
        return new LinkUpView(linkUp.status(), stored == null ? null : parse(stored));
    }

    @POST
    @Path("/link-up/report")
    @RolesAllowed("operator")
    @Operation(summary = "Make the link-up report now (a dry run over every published Globe item)",
            description = "Reads Globe and the CCV catalogue, writes nothing to CCV; replaces a stored report, which must "
                    + "be read and confirmed again. Works while the flow is paused. Requires the header X-Requested-With.")
    @APIResponse(responseCode = "200", description = "The new report")
    @APIResponse(responseCode = "503", description = "CCV or Globe did not answer")
    public LinkUpView make() {
        try {
            report.makeForSelection();
        } catch (TransientException e) {
            throw ApiProblem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
        return new LinkUpView(linkUp.status(), report.stored().map(ArticlesLinkUpResource::parse).orElse(null));
    }

    @POST
    @Path("/link-up/confirm")
    @RolesAllowed("operator")
    @Operation(summary = "Confirm the link-up report: the next articles run writes",
            description = "Requires the header X-Requested-With.")
    @APIResponse(responseCode = "200", description = "Confirmed")
    @APIResponse(responseCode = "409", description = "There is no report waiting for confirmation")
    public ArticlesLinkUp.Status confirm() {
        if (!findings.confirm(identity.getPrincipal().getName())) {
            throw ApiProblem.of(Response.Status.CONFLICT, "no link-up report is waiting for confirmation (state "
                    + linkUp.status().state() + ")");
        }
        return linkUp.status();
    }

    @GET
    @Path("/duplicates")
    @Operation(summary = "SKUs found more than once in the CCV catalogue; the articles flow skips them until resolved")
    public List<Map<String, Object>> duplicates() {
        return findings.duplicates().stream().map(d -> Map.<String, Object>of("sku", d.sku(), "found", d.found(),
                "firstSeen", d.firstSeen().toString(), "lastSeen", d.lastSeen().toString())).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw ApiProblem.of(Response.Status.INTERNAL_SERVER_ERROR, "the stored link-up report is not JSON");
        }
    }
}
