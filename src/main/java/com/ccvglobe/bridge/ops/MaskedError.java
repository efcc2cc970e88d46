package com.ccvglobe.bridge.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;

import com.ccvglobe.bridge.support.Mask;

/**
 * The failure of an exchange as a route's log line may show it: the exception's message with e-mail addresses and
 * phone numbers masked (vendors echo submitted values in their error messages). Used from the routes' log steps as
 * {@code ${bean:maskedError?method=message}} instead of {@code ${exception.message}}.
 */
@ApplicationScoped
@Named("maskedError")
public class MaskedError {

    public String message(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure == null) {
            return "unknown failure";
        }
        return Mask.text(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }
}
