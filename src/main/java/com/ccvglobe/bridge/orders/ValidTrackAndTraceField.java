package com.ccvglobe.bridge.orders;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The setting names a Globe field the track &amp; trace code can be read from ({@link TrackAndTraceField#parse}). */
@Documented
@Constraint(validatedBy = ValidTrackAndTraceField.Check.class)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTrackAndTraceField {

    String message() default "must be Entity.Field of a Globe sales order, delivery note or invoice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Refuses a field PU415 does not have, with the nearest real one. */
    class Check implements ConstraintValidator<ValidTrackAndTraceField, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                TrackAndTraceField.parse(value);
                return true;
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                String message = "(bridge.orders.status-sync.track-and-trace-field, env BRIDGE_ORDERS_STATUS_SYNC_TRACK_AND_TRACE_FIELD) "
                        + e.getMessage();
                context.buildConstraintViolationWithTemplate(message.replaceAll("([{}$\\\\])", "\\\\$1"))
                        .addConstraintViolation();
                return false;
            }
        }
    }
}
