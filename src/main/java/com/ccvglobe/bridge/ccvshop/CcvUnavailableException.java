package com.ccvglobe.bridge.ccvshop;

import com.ccvglobe.bridge.support.TransientException;

/**
 * CCV could not answer now: a 5xx, a 429 after the bounded waits, a timeout, a refused connection or a response
 * whose signature did not verify. Redelivered later by the flow's error handler.
 */
public class CcvUnavailableException extends TransientException {

    private final int status;
    private final String code;
    private final String developerMessage;

    public CcvUnavailableException(int status, String code, String developerMessage, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.developerMessage = developerMessage;
    }

    /** The HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String developerMessage() {
        return developerMessage;
    }
}
