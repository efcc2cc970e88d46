package com.ccvglobe.bridge.exactglobe;

import java.util.List;

/** A document Globe created: its number (trimmed), the TransactionKey used, and what was cut to fit. */
public record GlobeDocument(GlobeDocumentType type, String number, String transactionKey, List<GlobeFields.Truncation> truncations) {
}
