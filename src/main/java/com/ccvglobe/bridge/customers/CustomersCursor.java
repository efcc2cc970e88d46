package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.ExchangeProperty;

import com.ccvglobe.bridge.state.SyncCursors;

/** After a customers poll went through (each customer synced, skipped or parked): the customers cursor is confirmed. */
@ApplicationScoped
@Named("customersCursor")
public class CustomersCursor {

    public void confirm(@ExchangeProperty(CustomersPoll.CURSOR) SyncCursors.PendingCursor cursor) {
        if (cursor != null) {
            cursor.confirmWritten();
        }
    }
}
