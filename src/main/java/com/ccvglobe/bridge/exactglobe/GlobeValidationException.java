package com.ccvglobe.bridge.exactglobe;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * Exact Globe refused a call (HTTP 4xx with an OData error): a business error naming the entity, the property when
 * Globe named one, and Globe's own message ({@code innererror.internalexception.message} first).
 */
public class GlobeValidationException extends BusinessException {

    private final int status;
    private final String globeMessage;

    public GlobeValidationException(String entity, String property, int status, String globeMessage, String message) {
        super(entity, property, message);
        this.status = status;
        this.globeMessage = globeMessage;
    }

    public int status() {
        return status;
    }

    /** Globe's message as it sent it (masked for e-mail addresses and phone numbers). */
    public String globeMessage() {
        return globeMessage;
    }
}
