package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.SyncCursors;

/** After a poll's batch was handled (each order committed, skipped or parked): the orders cursor advances. */
@ApplicationScoped
@Named("ordersCursor")
public class OrdersCursor {

    public void confirm(Exchange exchange) {
        SyncCursors.PendingCursor cursor = exchange.getProperty(OrdersPoll.CURSOR, SyncCursors.PendingCursor.class);
        if (cursor != null) {
            cursor.confirmWritten();
        }
    }
}
