package com.ccvglobe.bridge.customers;

/** The Globe debtor a CCV customer is booked on: its number (trimmed) and whether the bridge just created it. */
public record Debtor(String number, boolean created) {
}
