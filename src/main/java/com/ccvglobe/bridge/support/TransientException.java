package com.ccvglobe.bridge.support;

/**
 * A fault that may pass: a vendor 5xx or 429, a timeout, a refused connection. Redelivered with back-off by the
 * shared error handler, then parked.
 */
public class TransientException extends RuntimeException {
    public TransientException(String message) {
        super(message);
    }

    public TransientException(String message, Throwable cause) {
        super(message, cause);
    }
}
