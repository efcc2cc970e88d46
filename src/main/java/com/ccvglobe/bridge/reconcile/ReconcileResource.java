package com.ccvglobe.bridge.reconcile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.ops.api.ApiProblem;
import com.ccvglobe.bridge.state.ReconcileDifference;
import com.ccvglobe.bridge.state.ReconcileResults;
import com.ccvglobe.bridge.state.ReconcileRunRow;

/** The reconciliation: start a run, read the latest (or a given) run's differences as JSON or CSV (the same rows). */
@Path("/api/reconcile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Reconciliation")
public class ReconcileResource {

    private final Reconciliation reconciliation;
    private final ReconcileResults results;
    private final ProducerTemplate producer;
    private final ArticleReconciler articles;

    public ReconcileResource(Reconciliation reconciliation, ReconcileResults results, ProducerTemplate producer,
            ArticleReconciler articles) {
        this.articles = articles;
        this.reconciliation = reconciliation;
        this.results = results;
        this.producer = producer;
    }

    @POST
    @RolesAllowed("operator")
    @Operation(summary = "Starts a reconciliation in the background: 202 with its run id, or 409 while one is going",
            description = "Requires the header X-Requested-With.")
    public Response start() {
        Long runId = reconciliation.begin("api");
        if (runId == null) {
            return Response.status(Response.Status.CONFLICT).entity(Map.of("error",
                    "a reconciliation is going; try again when it has finished", "runId", reconciliation.going().orElse(0L)))
                    .build();
        }
        producer.asyncSendBody("direct:reconcile-carry-out", runId);
        return Response.accepted(Map.of("started", "reconciliation", "runId", runId)).build();
    }

    @POST
    @Path("/articles/{sku}/sync")
    @RolesAllowed("operator")
    @Operation(summary = "Sends one product from Globe to CCV again through the articles flow (direct:articles-item), every"
            + " field but the create-only ones, also those the flow sent before (a manual edit in the shop is overwritten)",
            description = "Requires the header X-Requested-With.")
    public Map<String, Object> syncArticle(@PathParam("sku") String sku) {
        articles.forgetSent(sku.trim());
        producer.requestBody("direct:articles-item", sku.trim());
        return Map.of("status", "synced", "sku", sku.trim());
    }

    @GET
    @Operation(summary = "The latest finished run (or the given one) with its differences per category, and the runs before it")
    public Map<String, Object> overview(@QueryParam("run") Long run) {
        Map<String, Object> body = new LinkedHashMap<>();
        ReconcileRunRow shown = chosen(run);
        body.put("running", reconciliation.going().orElse(null));
        body.put("run", shown);
        body.put("counts", shown == null ? Map.of() : results.counts(shown.id()));
        body.put("kinds", shown == null ? Map.of() : results.kindCounts(shown.id()));
        body.put("runs", results.runs(10));
        return body;
    }

    @GET
    @Path("/differences")
    @Operation(summary = "The differences of the latest finished run (or ?run=), filtered by category, kind and key")
    public List<ReconcileDifference> differences(@QueryParam("run") Long run, @QueryParam("category") String category,
            @QueryParam("kind") String kind, @QueryParam("key") String key) {
        ReconcileRunRow shown = chosen(run);
        return shown == null ? List.of() : results.differences(shown.id(), blank(category), blank(kind), blank(key));
    }

    @GET
    @Path("/differences.csv")
    @Produces("text/csv")
    @Operation(summary = "The same rows as /differences, as CSV (RFC 4180, UTF-8)")
    public Response csv(@QueryParam("run") Long run, @QueryParam("category") String category, @QueryParam("kind") String kind,
            @QueryParam("key") String key) {
        List<ReconcileDifference> rows = differences(run, category, kind, key);
        return Response.ok(ReconcileCsv.of(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"reconcile-differences.csv\"").build();
    }

    private ReconcileRunRow chosen(Long run) {
        if (run == null) {
            return results.latestFinished().orElse(null);
        }
        return results.run(run).orElseThrow(() -> new WebApplicationException(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON).entity(new ApiProblem("no reconciliation run " + run)).build()));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
