package com.ccvglobe.bridge.ccvshop;

/**
 * What every CCV failure carries: the HTTP status (0 when no answer came), CCV's error {@code code} (e.g.
 * {@code 404.20}, {@code 500.24}; null when the body was not CCV's envelope) and its {@code developermessage}.
 */
public interface CcvFailure {

    /** CCV's answer to the failed call. */
    record Answer(int status, String code, String developerMessage) {
    }

    Answer answer();

    default int status() {
        return answer().status();
    }

    default String code() {
        return answer().code();
    }

    default String developerMessage() {
        return answer().developerMessage();
    }
}
