package com.ccvglobe.bridge.ccvshop;

/**
 * A PATCH of an order: only the fields that are set are sent. {@code mail} e-mails the customer about the
 * status change, with {@code note} and the track & trace code.
 */
public record CcvOrderUpdate(Integer status, Boolean paid, String trackAndTraceCode, String trackAndTraceCarrier,
        String note, Boolean mail) {

    public static CcvOrderUpdate status(int status, boolean mail) {
        return new CcvOrderUpdate(status, null, null, null, null, mail);
    }

    public static CcvOrderUpdate paid(boolean paid) {
        return new CcvOrderUpdate(null, paid, null, null, null, null);
    }

    public static CcvOrderUpdate shipped(int status, String trackAndTraceCode, String carrier, String note, boolean mail) {
        return new CcvOrderUpdate(status, null, trackAndTraceCode, carrier, note, mail);
    }
}
