package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.util.ObjectHelper;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * Where failed messages end: called by the dead letter channel after the retries of a transient fault, and by
 * {@code onException} at once for a business error. Stores the message for replay, writes the activity row,
 * counts it, logs it and tells the alerts.
 */
@ApplicationScoped
@Named("parkMessage")
public class Parker {

    private static final Logger LOG = Logger.getLogger(Parker.class);

    private final ParkedMessages parked;
    private final ActivityLog activity;
    private final FlowMetrics metrics;
    private final Event<MessageParked> parkedEvents;

    public Parker(ParkedMessages parked, ActivityLog activity, FlowMetrics metrics, Event<MessageParked> parkedEvents) {
        this.parked = parked;
        this.activity = activity;
        this.metrics = metrics;
        this.parkedEvents = parkedEvents;
    }

    public void park(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            failure = exchange.getException();
        }
        BusinessException business = failure == null ? null : ObjectHelper.getException(BusinessException.class, failure);
        Route failedRoute = failedRoute(exchange);
        String flow = exchange.getProperty(MessageProperties.FLOW, String.class);
        if (flow == null) {
            flow = failedRoute == null ? "unknown" : failedRoute.getGroup() != null ? failedRoute.getGroup() : failedRoute.getRouteId();
        }
        String key = exchange.getProperty(MessageProperties.KEY, exchange.getExchangeId(), String.class);
        String replayUri = exchange.getProperty(MessageProperties.REPLAY_URI, String.class);
        if (replayUri == null) {
            replayUri = failedRoute != null ? failedRoute.getEndpoint().getEndpointUri() : exchange.getFromEndpoint().getEndpointUri();
        }
        String payload = exchange.getProperty(MessageProperties.PAYLOAD, String.class);
        if (payload == null) {
            payload = exchange.getMessage().getBody(String.class);
        }
        int attempts = MessageProperties.attempts(exchange);
        String reason = Mask.text(reason(business, failure));
        String record = business != null ? business.record() : key;
        String field = business != null ? business.field() : null;
        Instant now = Instant.now();
        Instant started = exchange.getProperty(MessageProperties.STARTED_AT, now, Instant.class);

        ParkedMessage message = new ParkedMessage(null, flow, key, replayUri, payload, reason, record, field, attempts, now, now);
        parked.park(message);
        activity.append(new ActivityEntry(null, flow, key, ActivityStatus.PARKED, attempts, started, now,
                exchange.getProperty(MessageProperties.TARGET_REF, String.class), record, field, reason,
                exchange.getProperty(MessageProperties.SUMMARY, String.class)));
        metrics.outcome(flow, "parked", Duration.between(started, now));
        LOG.warnf("Parked %s message %s after %d attempt(s): %s", flow, key, attempts, reason);
        parkedEvents.fire(new MessageParked(message));
    }

    private static String reason(BusinessException business, Throwable failure) {
        if (business != null) {
            return (business.field() != null ? business.record() + ", field " + business.field() + ": " : business.record() + ": ")
                    + business.getMessage();
        }
        if (failure == null) {
            return "failed without an exception";
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static Route failedRoute(Exchange exchange) {
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        return routeId == null ? null : exchange.getContext().getRoute(routeId);
    }
}
