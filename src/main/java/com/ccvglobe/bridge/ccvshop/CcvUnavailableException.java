package com.ccvglobe.bridge.ccvshop;

import com.ccvglobe.bridge.support.TransientException;

/**
 * CCV could not answer now: a 5xx, a 429 after the bounded waits, a timeout, a refused connection or a response
 * whose signature did not verify. Redelivered later by the flow's error handler.
 */
public class CcvUnavailableException extends TransientException implements CcvFailure {

    private final Answer answer;

    public CcvUnavailableException(int status, String code, String developerMessage, String message, Throwable cause) {
        super(message, cause);
        this.answer = new Answer(status, code, developerMessage);
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
