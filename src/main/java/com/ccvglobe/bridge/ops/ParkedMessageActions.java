package com.ccvglobe.bridge.ops;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.ActivityEntry;
import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ParkedMessage;
import com.ccvglobe.bridge.state.ParkedMessages;
import com.ccvglobe.bridge.support.Mask;
import com.ccvglobe.bridge.support.MessageProperties;

/**
 * What an operator can do with a parked message. A replay sends the stored payload to the stored replay endpoint
 * (the flow's per-record route, from the start, with today's mapping); the message leaves the parked list only
 * when that run neither failed nor parked it again. A discard removes it with a reason. Both leave an activity row.
 */
@ApplicationScoped
public class ParkedMessageActions {

    private static final Logger LOG = Logger.getLogger(ParkedMessageActions.class);

    private final ParkedMessages parked;
    private final ActivityLog activity;
    private final ProducerTemplate producer;

    public ParkedMessageActions(ParkedMessages parked, ActivityLog activity, ProducerTemplate producer) {
        this.parked = parked;
        this.activity = activity;
        this.producer = producer;
    }

    /** Replays the message; empty when there is no such parked message. */
    public Optional<ReplayOutcome> replay(long id, String operator) {
        Optional<ParkedMessage> found = parked.byId(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ParkedMessage message = found.get();
        Instant started = Instant.now();
        Exchange exchange = new DefaultExchange(producer.getCamelContext());
        exchange.getMessage().setBody(message.payload());
        exchange.setProperty(MessageProperties.REPLAY, Boolean.TRUE);
        Exchange result = producer.send(message.replayUri(), exchange);

        Optional<ParkedMessage> after = parked.byId(id);
        boolean parkedAgain = after.isPresent() && (after.get().attempts() != message.attempts()
                || !after.get().lastFailureAt().equals(message.lastFailureAt()));
        String outcome;
        String text;
        if (result.isFailed() && !parkedAgain) {
            outcome = "FAILED";
            text = Mask.text(failure(result.getException()));
        } else if (parkedAgain) {
            outcome = "PARKED";
            text = after.get().reason();
        } else {
            parked.remove(id);
            outcome = "COMMITTED";
            text = "replayed and processed; removed from the parked messages";
        }
        Instant finished = Instant.now();
        activity.append(new ActivityEntry(null, message.flow(), message.key(), ActivityStatus.RECEIVED, 1, started, finished,
                null, message.errorRecord(), message.errorField(), "COMMITTED".equals(outcome) ? null : text,
                "replay of parked message " + id + " by " + operator + ": " + outcome.toLowerCase()));
        LOG.infof("Replay of parked %s message %s by %s: %s", message.flow(), message.key(), operator, outcome);
        return Optional.of(new ReplayOutcome(id, message.flow(), message.key(), outcome, text));
    }

    /** Discards the message with the operator's reason; empty when there is no such parked message. */
    public Optional<ReplayOutcome> discard(long id, String reason, String operator) {
        Optional<ParkedMessage> found = parked.byId(id);
        if (found.isEmpty() || !parked.remove(id)) {
            return Optional.empty();
        }
        ParkedMessage message = found.get();
        Instant now = Instant.now();
        String why = "discarded by " + operator + ": " + Mask.text(reason);
        activity.append(new ActivityEntry(null, message.flow(), message.key(), ActivityStatus.DISCARDED, message.attempts(),
                now, now, null, message.errorRecord(), message.errorField(), why, "parked because: " + message.reason()));
        LOG.infof("Parked %s message %s discarded by %s", message.flow(), message.key(), operator);
        return Optional.of(new ReplayOutcome(id, message.flow(), message.key(), "DISCARDED", why));
    }

    private static String failure(Throwable t) {
        return t == null ? "failed" : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
