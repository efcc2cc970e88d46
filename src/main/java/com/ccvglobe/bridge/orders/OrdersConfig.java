package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The orders flow ({@code bridge.orders.*}): when and which CCV orders are taken, what they become in Globe, and what
 * is written back to CCV. Every key is documented in docs/configuration.md.
 */
@ConfigMapping(prefix = "bridge.orders")
public interface OrdersConfig {

    /** What an order becomes in Exact Globe: the Globe document, and what the bridge calls it in messages. */
    enum Document {
        salesorder(GlobeDocumentType.SALES_ORDER, "sales order"),
        invoice(GlobeDocumentType.INVOICE, "invoice"),
        financial(GlobeDocumentType.FINANCIAL_ENTRY, "sales entry");

        private final GlobeDocumentType globeType;
        private final String noun;

        Document(GlobeDocumentType globeType, String noun) {
            this.globeType = globeType;
            this.noun = noun;
        }

        public GlobeDocumentType globeType() {
            return globeType;
        }

        public String noun() {
            return noun;
        }
    }

    /** Runs the poll (webhooks and the operator trigger work regardless). */
    @WithDefault("true")
    boolean enabled();

    /** Time between polls. */
    @WithDefault("60s")
    Duration pollInterval();

    /** CCV status ids to take (one list call per status); empty = any status. */
    Optional<List<Integer>> statuses();

    /** Only paid orders. */
    @WithDefault("true")
    boolean onlyPaid();

    /** How far before the cursor the poll looks again, so that an order that is paid later is still found. */
    @WithDefault("7d")
    Duration lookBack();

    /**
     * {@code BRIDGE_ORDERS_SINCE}: where the first orders poll starts (no cursor yet), a date ({@code 2026-11-01}, from
     * midnight in the bridge's time zone) or an ISO date-time with offset. Without it the first poll starts at now − the
     * look-back and reports how many orders it left out as older (docs/orders.md, "The first poll").
     */
    Optional<String> since();

    @WithDefault("salesorder")
    Document document();

    /** Book every order on the mapping's default debtor ({@code default-debtor.code}). */
    @WithDefault("false")
    boolean defaultDebtor();

    /**
     * Items per Globe {@code Item} query of the article check (an OR filter in the URL: 20 codes of 30 characters
     * stay well within IIS's default URL limit of 2 048 characters).
     */
    @WithDefault("20")
    @Min(1)
    int itemCheckBatchSize();

    /**
     * Orders booked at once by a poll (one customer's orders always one after another, in order id order). Sized so that
     * a Globe answering in 250-500 ms per call still books at CCV's 100 status write-backs per minute.
     */
    @WithDefault("8")
    @Min(1)
    int workers();

    /** When the Globe look-up by YourReference runs before booking (docs/orders.md, "Exactly once"). */
    @WithDefault("when-unknown")
    ReferenceCheck referenceCheck();

    /** What the article check may take from the cache of Globe item states (docs/orders.md, "Article check"). */
    ItemCache itemCache();

    enum ReferenceCheck {
        /** Only when the state store shows an earlier attempt whose outcome is unknown (or a replay). */
        WHEN_UNKNOWN,
        /** Before every booking (the behaviour before 2026-12: one Globe call per order more). */
        ALWAYS
    }

    interface ItemCache {
        /** Serve the article check from the cache; false reads Globe for every order. */
        @WithDefault("true")
        boolean enabled();

        /** How often the cache reads the items Globe changed since its ModifiedDate cursor (when orders come in). */
        @WithDefault("60s")
        Duration refresh();

        /** Oldest item state served: an entry not confirmed by a read within this age is read again. */
        @WithDefault("5m")
        Duration maxAge();

        /** Reading back before the cursor, for clocks of the bridge and the Globe server that differ. */
        @WithDefault("5m")
        Duration overlap();

        /** Sales items read into the cache at its first use (one paged query); 0 fills it only from orders' reads. */
        @WithDefault("20000")
        @Min(0)
        int preload();
    }

    /** Largest order total (incl. VAT, in the order's currency, either sign) that is booked; a larger one parks. */
    @WithDefault("100000")
    @DecimalMin(value = "0", inclusive = false)
    BigDecimal maxTotal();

    /** Book credit orders (a negative total, rows with a negative price); false parks them (docs/orders.md). */
    @WithDefault("false")
    boolean allowCredit();

    WriteBack writeBack();

    Invoice invoice();

    Financial financial();

    Rounding rounding();

    /** Order status back to CCV ({@code routes/order-status-to-ccv.camel.yaml}). */
    StatusSync statusSync();

    interface WriteBack {
        /** CCV status id set after the commit (e.g. 2 = in process); absent = leave the status. */
        Optional<Integer> status();

        /** PATCH a note with the Globe number onto the CCV order. */
        @WithDefault("true")
        boolean note();
    }

    interface Invoice {
        /** {@code InvoiceHeader.InvoiceCode} (Globe's sales invoice code / journal). */
        @WithDefault("60")
        String invoiceCode();
    }

    interface Financial {
        /** Sales journal (FinancialHeader.Journal) of the entry. */
        @WithDefault("70")
        String salesJournal();

        /** Receivable (debtors) GL account: debited with the order total, on the debtor. */
        @WithDefault("1300")
        String receivableAccount();

        /** Book the payment in the bank journal as well when the CCV order is paid. */
        @WithDefault("true")
        boolean bookPayment();

        @WithDefault("10")
        String bankJournal();

        /** Bank GL account debited with the payment. */
        @WithDefault("1100")
        String bankAccount();
    }

    interface Rounding {
        /**
         * Largest difference between the Globe total and the CCV total (incl. VAT) that is booked as a rounding line;
         * anything larger parks the order.
         */
        @WithDefault("0.05")
        BigDecimal tolerance();

        /** Globe item of the rounding line; absent = the mapping's discount item. */
        Optional<String> item();
    }

    interface StatusSync {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("60s")
        Duration pollInterval();

        /** CCV status for an order Globe delivered (5 = sent). */
        @WithDefault("5")
        int deliveredStatus();

        /** CCV status for an order Globe invoiced or completed (6 = completed). */
        @WithDefault("6")
        int completedStatus();

        /**
         * Where Globe keeps the track &amp; trace code: {@code Entity.Field} of the sales order, delivery note or invoice
         * (e.g. {@code SalesOrderHeader.FreeField1}); a bare field name is a delivery note (OrderHistoryHeader) field;
         * absent = none. Checked against PU415 at start-up.
         */
        Optional<@ValidTrackAndTraceField String> trackAndTraceField();

        /** How long after the delivery a missing track &amp; trace code is still looked for. */
        @WithDefault("7d")
        Duration trackAndTraceWait();

        /**
         * Carrier name sent with the track &amp; trace code when the mapping's {@code lookups.carriers} table has no row for
         * the order's shipping method and no {@code "*"} row.
         */
        Optional<String> carrier();

        /** Let CCV e-mail the customer about the status change. */
        @WithDefault("true")
        boolean mail();

        /** How long after the commit a linked order is still watched. */
        @WithDefault("30d")
        Duration watchFor();
    }
}
