package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.SyncCursors;

/** After a customers poll went through (each customer synced, skipped or parked): the customers cursor is confirmed. */
@ApplicationScoped
@Named("customersCursor")
public class CustomersCursor {

    public void confirm(Exchange exchange) {
        SyncCursors.PendingCursor cursor = exchange.getProperty(CustomersPoll.CURSOR, SyncCursors.PendingCursor.class);
        if (cursor != null) {
            cursor.confirmWritten();
        }
    }
}
