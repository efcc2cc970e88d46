package com.ccvglobe.bridge.state;

/**
 * The state store could not be read or written. Transient: the error handler redelivers, and readiness goes
 * down while the database is away.
 */
public class StateStoreException extends RuntimeException {
    public StateStoreException(String what, Throwable cause) {
        super("State store: " + what + " failed: " + cause.getMessage(), cause);
    }
}
