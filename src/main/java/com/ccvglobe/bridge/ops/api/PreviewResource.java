package com.ccvglobe.bridge.ops.api;

import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.ccvglobe.bridge.articles.ArticleDryRun;
import com.ccvglobe.bridge.articles.ArticlePreview;
import com.ccvglobe.bridge.ccvshop.CcvNotFoundException;
import com.ccvglobe.bridge.orders.OrderDryRun;
import com.ccvglobe.bridge.orders.OrderPreview;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.TransientException;

/**
 * The dry run of the mapping: what the orders and articles flows would write for one record, field by field with the
 * mapping rule that produced each field, without writing anything. A POST (it runs the flow's steps) that changes
 * nothing, so viewers may use it too; like every API POST it needs the header {@code X-Requested-With}.
 */
@Path("/api/preview")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "viewer", "operator" })
@Tag(name = "Dry run")
public class PreviewResource {

    private final OrderDryRun orders;
    private final ArticleDryRun articles;

    public PreviewResource(OrderDryRun orders, ArticleDryRun articles) {
        this.orders = orders;
        this.articles = articles;
    }

    @POST
    @Path("/orders/{ccvOrderId}")
    @Operation(summary = "The Globe documents the orders flow would write for this CCV order, and its decision",
            description = "Header, lines, the debtor (found, or the Account and ContactPerson a new one would get) and, in "
                    + "financial mode, the entry lines; per field the mapping rule (file:line) or flow step that produced it. "
                    + "Reads CCV and Globe, writes nothing. Requires the header X-Requested-With.")
    @APIResponse(responseCode = "200", description = "The preview; decision says whether the flow would book, skip or park")
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "404", description = "CCV has no such order")
    @APIResponse(responseCode = "422", description = "CCV refused to give the order")
    @APIResponse(responseCode = "503", description = "CCV or Globe did not answer")
    public OrderPreview order(@PathParam("ccvOrderId") String ccvOrderId) {
        if (!ccvOrderId.matches("\\d{1,18}")) {
            throw ApiProblem.of(Response.Status.BAD_REQUEST, "a CCV order id is a number");
        }
        return answer(() -> orders.preview(ccvOrderId));
    }

    @POST
    @Path("/articles/{itemCode}")
    @Operation(summary = "The CCV product payload the articles flow would send for this Globe item",
            description = "Create (every field) or update (the changed fields only, create-only fields left alone), with "
                    + "per field the mapping rule (file:line) or flow step that produced it. Reads Globe and CCV, writes "
                    + "nothing. Requires the header X-Requested-With.")
    @APIResponse(responseCode = "200", description = "The preview; action is create, update, none or would park")
    @APIResponse(responseCode = "503", description = "CCV or Globe did not answer")
    public ArticlePreview article(@PathParam("itemCode") String itemCode) {
        return answer(() -> articles.preview(itemCode));
    }

    private static <T> T answer(Supplier<T> preview) {
        try {
            return preview.get();
        } catch (CcvNotFoundException e) {
            throw ApiProblem.of(Response.Status.NOT_FOUND, e.getMessage());
        } catch (BusinessException e) {
            throw new WebApplicationException(e.getMessage(), Response.status(422).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiProblem(e.getMessage())).build());
        } catch (TransientException e) {
            throw ApiProblem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }
}
