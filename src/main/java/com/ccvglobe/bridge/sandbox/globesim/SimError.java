package com.ccvglobe.bridge.sandbox.globesim;

/** A Globe-style OData error: HTTP status plus the message that goes into {@code innererror.internalexception}. */
final class SimError extends RuntimeException {

    private final int status;

    SimError(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static SimError badRequest(String message) {
        return new SimError(400, message);
    }

    static SimError notFound(String message) {
        return new SimError(404, message);
    }
}
