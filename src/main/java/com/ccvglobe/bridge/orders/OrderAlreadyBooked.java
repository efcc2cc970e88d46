package com.ccvglobe.bridge.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.state.RecordLinks;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * The cheap local check before anything is fetched: an order linked to a Globe document was booked, an order whose
 * claim is done or held by a live bridge instance is booked or being booked. The message is then SKIPPED (with the
 * Globe number from the link table). A claim held by a stopped instance does not count: that order is taken over. A
 * parked order is SKIPPED too (a webhook, the poll or a sync request): only the operator's replay processes it again.
 */
@ApplicationScoped
@Named("orderAlreadyBooked")
public class OrderAlreadyBooked {

    static final String FLOW = "orders";
    static final String LINK = "order";

    private final IdempotencyKeys keys;
    private final RecordLinks links;
    private final ParkedMessages parked;

    public OrderAlreadyBooked(IdempotencyKeys keys, RecordLinks links, ParkedMessages parked) {
        this.keys = keys;
        this.links = links;
        this.parked = parked;
    }

    public boolean check(Exchange exchange) {
        String id = exchange.getProperty(MessageProperties.KEY, String.class);
        if (!Boolean.TRUE.equals(exchange.getProperty(MessageProperties.REPLAY)) && parked.isParked(FLOW, id)) {
            // its outcome may need an operator's look (an invoice Globe did not answer): only a replay books it
            exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
            exchange.setProperty(MessageProperties.SUMMARY, "parked: waiting for an operator to replay or discard it");
            return true;
        }
        String number = links.byCcvId(LINK, id).map(l -> l.globeKey()).orElse(null);
        if (number != null) {
            // booked; a claim left owned by an instance that stopped right after linking is marked done here
            keys.complete(FLOW, id);
        } else if (!keys.contains(FLOW, id)) {
            return false;
        }
        exchange.setProperty(MessageProperties.STATUS, ActivityStatus.SKIPPED.name());
        exchange.setProperty(MessageProperties.TARGET_REF, number);
        exchange.setProperty(MessageProperties.SUMMARY, number == null ? "already being booked in Exact Globe"
                : "already booked in Exact Globe as " + number);
        return true;
    }
}
