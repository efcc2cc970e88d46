package com.ccvglobe.bridge.ops.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where alerts go and when they fire (prefix {@code bridge.alerts}). */
@ConfigMapping(prefix = "bridge.alerts")
public interface AlertsConfig {

    /** Slack/Teams-compatible incoming webhook; receives {@code {"text": "..."}}. A credential: never logged. */
    Optional<String> webhookUrl();

    /** E-mail recipients (SMTP through {@code quarkus.mailer.*}). */
    Optional<List<String>> mailTo();

    /** Repeats of the same cause within this window make one notification, then a count. */
    @WithDefault("15m")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 15m")
    Duration groupWindow();

    /** This many parked messages of one flow within {@link #failureWindow()} raise a flow-failing alert. */
    @WithDefault("5")
    @Min(1)
    int failureThreshold();

    @WithDefault("15m")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 15m")
    Duration failureWindow();

    /** A cursor not confirmed for longer than this raises a cursor-stalled alert. */
    @WithDefault("6h")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 6h")
    Duration cursorStallAfter();

    /** How often the cursor check runs and grouped counts are sent. */
    @WithDefault("1m")
    @DurationMin(seconds = 1, message = "must be a duration of at least 1s, e.g. 1m")
    Duration checkInterval();
}
