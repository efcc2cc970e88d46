package com.ccvglobe.bridge.orders;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.exactglobe.GlobeDocument;
import com.ccvglobe.bridge.exactglobe.GlobeDocumentType;
import com.ccvglobe.bridge.support.BusinessException;
import com.ccvglobe.bridge.support.MessageProperties;
import com.ccvglobe.bridge.support.UnansweredWriteException;

/**
 * Books a Globe document at most once across the attempts of one message. A booking call sent without an answer may
 * have gone through, or may still be running in Globe: the message's outcome is then unknown
 * ({@link MessageProperties#OUTCOME_UNKNOWN}, which keeps it retrying, not parked, for up to twice
 * {@code globe.http.timeout}), and the next attempt asks Globe by YourReference first. Found → that document. Not found within {@code globe.http.timeout} after the
 * unanswered call → asked again later (Globe may not have finished it). Not found after that → booked again. A
 * document Globe cannot be asked about (an invoice) is parked at once with what to check, never booked blindly.
 */
@ApplicationScoped
public class BookingOnce {

    private static final Logger LOG = Logger.getLogger(BookingOnce.class);
    private static final String ATTEMPTED = "ordersBookingAttempted.";
    private static final String UNANSWERED_AT = "ordersBookingUnansweredAt.";

    /**
     * One booking of a message. {@code what} names it (and keys its state on the exchange), {@code lookUp} asks Globe
     * for its number by YourReference (null: Globe cannot be asked), {@code book} books it.
     */
    public record Booking(String what, GlobeDocumentType type, String yourReference, Supplier<Optional<String>> lookUp,
            Supplier<GlobeDocument> book) {
    }

    private final Duration settle;

    public BookingOnce(GlobeConfig globe) {
        this.settle = globe.http().timeout();
    }

    public GlobeDocument book(Exchange exchange, Booking booking) {
        if (Boolean.TRUE.equals(exchange.getProperty(ATTEMPTED + booking.what())) && booking.lookUp() != null) {
            Optional<String> found = booking.lookUp().get();
            if (found.isPresent()) {
                LOG.infof("CCV order %s: the earlier %s had reached Exact Globe as %s; linking it",
                        exchange.getProperty(MessageProperties.KEY), booking.what(), found.get());
                exchange.removeProperty(MessageProperties.OUTCOME_UNKNOWN);
                return new GlobeDocument(booking.type(), found.get(), null, List.of());
            }
            Long unansweredAt = exchange.getProperty(UNANSWERED_AT + booking.what(), Long.class);
            if (unansweredAt != null && System.nanoTime() - unansweredAt < settle.toNanos()) {
                throw new UnansweredWriteException("Exact Globe has no " + booking.what() + " with YourReference "
                        + booking.yourReference() + " yet, but the unanswered call may still be running there; asked again"
                        + " before booking it again", null);
            }
        }
        exchange.removeProperty(MessageProperties.OUTCOME_UNKNOWN);
        exchange.removeProperty(UNANSWERED_AT + booking.what());
        exchange.setProperty(ATTEMPTED + booking.what(), Boolean.TRUE);
        try {
            return booking.book().get();
        } catch (UnansweredWriteException unanswered) {
            if (booking.lookUp() == null) {
                throw new BusinessException("order " + exchange.getProperty(MessageProperties.KEY),
                        booking.type().headerEntity(), "Exact Globe did not answer the booking of this " + booking.what()
                        + ", so it may have been booked; Globe cannot be asked (" + booking.type().headerEntity()
                        + " is write-only). Look for YourReference " + booking.yourReference()
                        + " in Globe: if it is there, discard this message, else replay it");
            }
            long now = System.nanoTime();
            // not parked before Globe was asked after the wait below: the wait and one more attempt fit in twice the wait
            exchange.setProperty(MessageProperties.OUTCOME_UNKNOWN, now + 2 * settle.toNanos());
            exchange.setProperty(UNANSWERED_AT + booking.what(), now);
            throw unanswered;
        }
    }
}
