package com.ccvglobe.bridge.ccvshop;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * CCV refused the call for a reason retrying will not fix (a 4xx, or a 5xx business code such as
 * {@code 500.40} "already exists"). Carries the HTTP status, CCV's {@code code} and {@code developermessage}.
 */
public class CcvBusinessException extends BusinessException implements CcvFailure {

    private final Answer answer;

    public CcvBusinessException(String record, int status, String code, String developerMessage, String message) {
        super(record, null, message);
        this.answer = new Answer(status, code, developerMessage);
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
