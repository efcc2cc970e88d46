package com.ccvglobe.bridge.ops.api;

/** A short confirmation: {@code {"message": "..."}}. */
public record ApiMessage(String message) {
}
