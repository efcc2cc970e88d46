package com.ccvglobe.bridge.ops.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The JSON body of every error answer of the management API: {@code {"error": "..."}}. */
public record ApiProblem(String error) {

    static WebApplicationException of(Response.Status status, String error) {
        return new WebApplicationException(error,
                Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiProblem(error)).build());
    }
}
