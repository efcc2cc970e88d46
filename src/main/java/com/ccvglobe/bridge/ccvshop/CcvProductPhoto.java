package com.ccvglobe.bridge.ccvshop;

/** A product photo; uploads are JSON with plain base64 {@code source} (no {@code data:} prefix). */
public record CcvProductPhoto(long id, String filename, String alttext, Boolean isMainphoto, String deeplink) {

    /** POST / PUT body of a photo. */
    public record Input(String source, String fileType, String alttext, Boolean isMainphoto) {
    }
}
