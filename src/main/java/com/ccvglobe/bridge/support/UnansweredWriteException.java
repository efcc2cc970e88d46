package com.ccvglobe.bridge.support;

/**
 * A write was sent but no answer came (a timeout or a connection lost after sending): it may or may not have taken
 * effect. Transient like any timeout, but the message is not parked while the outcome is unknown: the next attempt
 * first asks the system whether the write went through (the orders flow looks the document up by YourReference, a
 * debtor by e-mail address).
 */
public class UnansweredWriteException extends TransientException {
    public UnansweredWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether this failure, or one it was wrapped in, is an unanswered write. */
    public static boolean in(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t instanceof UnansweredWriteException) {
                return true;
            }
        }
        return false;
    }
}
