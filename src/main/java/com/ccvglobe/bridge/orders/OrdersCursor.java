package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.ExchangeProperty;

import com.ccvglobe.bridge.state.SyncCursors;

/** After a poll's batch was handled (each order committed, skipped or parked): the orders cursor advances. */
@ApplicationScoped
@Named("ordersCursor")
public class OrdersCursor {

    public void confirm(@ExchangeProperty(OrdersPoll.CURSOR) SyncCursors.PendingCursor cursor) {
        if (cursor != null) {
            cursor.confirmWritten();
        }
    }
}
