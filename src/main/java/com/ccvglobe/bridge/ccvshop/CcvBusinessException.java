package com.ccvglobe.bridge.ccvshop;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * CCV refused the call for a reason retrying will not fix (a 4xx, or a 5xx business code such as
 * {@code 500.40} "already exists"). Carries the HTTP status, CCV's {@code code} and {@code developermessage}.
 */
public class CcvBusinessException extends BusinessException {

    private final int status;
    private final String code;
    private final String developerMessage;

    public CcvBusinessException(String record, int status, String code, String developerMessage, String message) {
        super(record, null, message);
        this.status = status;
        this.code = code;
        this.developerMessage = developerMessage;
    }

    public int status() {
        return status;
    }

    /** CCV's error code, e.g. {@code 404.20} or {@code 500.24}; may be null when the body was not CCV's envelope. */
    public String code() {
        return code;
    }

    public String developerMessage() {
        return developerMessage;
    }
}
