package com.ccvglobe.bridge.ccvshop;

import com.ccvglobe.bridge.support.BusinessException;

/**
 * CCV answered 401/403: the key pair is wrong, or this machine's clock is more than five minutes off. The
 * message never contains a key.
 */
public class CcvCredentialsException extends BusinessException implements CcvFailure {

    private final Answer answer;

    public CcvCredentialsException(String record, int status, String code, String developerMessage) {
        super(record, null, "CCV refused the credentials (HTTP " + status + (code == null ? "" : ", code " + code)
                + "): check CCV_PUBLIC_KEY / CCV_SECRET_KEY and that this machine's clock is within 5 minutes of UTC"
                + (developerMessage == null ? "" : " - CCV says: " + developerMessage));
        this.answer = new Answer(status, code, developerMessage);
    }

    @Override
    public Answer answer() {
        return answer;
    }
}
