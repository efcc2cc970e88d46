package com.ccvglobe.bridge.orders;

/**
 * What the commit made of a CCV order in Exact Globe: the body of the orders flow after {@code commit}. Routes read it
 * as {@code ${body.number}}, {@code ${body.type}}, {@code ${body.debtor}}.
 *
 * @param ccvOrderId the CCV order id
 * @param type the Globe document type booked
 * @param yourReference the reference Globe finds it by
 * @param number the Globe number (sales order, invoice or entry number)
 * @param debtor the debtor it is booked on
 * @param debtorCreated whether that debtor was created for this order
 * @param payment the payment entry's number (financial mode, paid orders), else {@code null}
 */
public record OrderBooking(long ccvOrderId, OrdersConfig.Document type, String yourReference, String number, String debtor,
        boolean debtorCreated, String payment) {

    /** The document type in words: {@code sales order}, {@code invoice}, {@code entry}. */
    public String kind() {
        return switch (type) {
            case salesorder -> "sales order";
            case invoice -> "invoice";
            case financial -> "entry";
        };
    }
}
