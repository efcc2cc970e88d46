package com.ccvglobe.bridge.ccvshop;

/** The resource does not exist: a 404, or CCV's 500 with code {@code 500.24} for an unknown id. */
public class CcvNotFoundException extends CcvBusinessException {

    public CcvNotFoundException(String record, int status, String code, String developerMessage, String message) {
        super(record, status, code, developerMessage, message);
    }
}
