package com.ccvglobe.bridge.state;

import java.time.Instant;

/** A CCV record and the Globe record it became, e.g. entity {@code order}: CCV order id → Globe order number. */
public record RecordLink(String entity, String ccvId, String globeKey, String globeGuid, Instant createdAt,
        Instant updatedAt) {
}
