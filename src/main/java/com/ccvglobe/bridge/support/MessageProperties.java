package com.ccvglobe.bridge.support;

/** Exchange properties every flow shares; set by {@code messageStart}, read by the activity log and the parker. */
public final class MessageProperties {

    /** The flow a message belongs to (the route group), e.g. {@code orders}. */
    public static final String FLOW = "bridgeFlow";
    /** The business key: CCV order id, SKU, customer id. */
    public static final String KEY = "bridgeKey";
    /** The endpoint that processes this message again from the start (replay of parked messages). */
    public static final String REPLAY_URI = "bridgeReplayUri";
    /** The message as it entered the flow's per-record route, kept for parking and replay. */
    public static final String PAYLOAD = "bridgePayload";
    /** When work on this message started ({@link java.time.Instant}). */
    public static final String STARTED_AT = "bridgeStartedAt";
    /** The outcome to log, an {@code ActivityStatus} name; committed when absent. */
    public static final String STATUS = "bridgeStatus";
    /** What the message became in the target system: Globe order number, CCV product id. */
    public static final String TARGET_REF = "bridgeTargetRef";
    /** A masked one-line summary for the activity log. */
    public static final String SUMMARY = "bridgeSummary";
    /** Text the {@code record-activity} block's {@code note} parameter appends to the summary. */
    public static final String NOTE = "bridgeNote";

    /**
     * Set while a write of this message was sent without an answer and Globe has not yet said whether it went through:
     * until this {@link System#nanoTime()} (Long) the message is retried, never parked ({@code ops.RetryDecision}).
     */
    public static final String OUTCOME_UNKNOWN = "bridgeOutcomeUnknownUntil";
    /** Set (true) on a replay of a parked message: the only way a parked message is processed again. */
    public static final String REPLAY = "bridgeReplay";

    /** How many redeliveries this message has had so far (Integer), counted by {@code countRetry}. */
    public static final String REDELIVERIES = "bridgeRedeliveries";

    /** MDC keys carried on every log line while a message is processed. */
    public static final String MDC_FLOW = "bridge.flow";
    public static final String MDC_KEY = "bridge.key";

    private MessageProperties() {
    }

    /** Attempts so far: the first delivery plus the redeliveries. */
    public static int attempts(org.apache.camel.Exchange exchange) {
        return 1 + exchange.getProperty(REDELIVERIES, 0, Integer.class);
    }
}
