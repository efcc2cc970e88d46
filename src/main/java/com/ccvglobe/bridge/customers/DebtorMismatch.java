package com.ccvglobe.bridge.customers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;

import org.apache.camel.Body;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ops.alerts.Alert;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.RecordOutcome;

/**
 * Step {@code report-mismatch}: a linked debtor whose e-mail differs from the customer's ({@link DebtorMatch} body) is
 * reported (a WARN line and an {@code email-mismatch} alert) and left alone, neither updated nor re-linked; the body
 * becomes the SKIPPED {@link RecordOutcome}. Bean {@code debtorMismatch}.
 */
@ApplicationScoped
@Named("debtorMismatch")
public class DebtorMismatch {

    private static final Logger LOG = Logger.getLogger(DebtorMismatch.class);

    private final Event<Alert> alerts;
    private final CustomerSync sync;

    public DebtorMismatch(Event<Alert> alerts, CustomerSync sync) {
        this.alerts = alerts;
        this.sync = sync;
    }

    public RecordOutcome report(@Body DebtorMatch match) {
        LoadedCustomer customer = match.customer();
        String number = match.debtorNumber();
        String summary = "e-mail mismatch: Globe debtor " + number + " has " + Mask.email(match.account().text("EmailAddress"))
                + ", CCV customer " + customer.id() + " has " + Mask.email(customer.email())
                + "; not updated and not re-linked, correct the e-mail in Globe or CCV";
        LOG.warnf("Customers: %s", summary);
        alerts.fire(new Alert("email-mismatch", CustomersPoll.FLOW, "CCV customer " + customer.id(), "userinfo.email", summary));
        sync.synced(customer);
        return RecordOutcome.skipped(number, summary);
    }
}
