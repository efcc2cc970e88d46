package com.ccvglobe.bridge.support;

/**
 * A message cannot be processed as it is (bad or missing data, an unknown article, a vendor's validation
 * error): retrying will not help, so it is parked at once. Names the record (CCV order id, SKU, ...) and the
 * field at fault. The message must not contain personal data or secrets.
 */
public class BusinessException extends RuntimeException {

    private final String record;
    private final String field;

    public BusinessException(String record, String field, String message) {
        super(message);
        this.record = record;
        this.field = field;
    }

    public BusinessException(String record, String field, String message, Throwable cause) {
        super(message, cause);
        this.record = record;
        this.field = field;
    }

    /** The business key of the record at fault, e.g. {@code order 12345} or {@code SKU ABC-1}. */
    public String record() {
        return record;
    }

    /** The field at fault, e.g. {@code customer.email}; may be null when the whole record is at fault. */
    public String field() {
        return field;
    }
}
