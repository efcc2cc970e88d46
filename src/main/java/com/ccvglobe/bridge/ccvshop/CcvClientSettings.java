package com.ccvglobe.bridge.ccvshop;

import java.time.Duration;

/**
 * How the CCV client paces and retries: per resource-method limits per window (CCV: GET 150/min, writes
 * 100/min, productqueries 30/min) plus a total; the wait after a 429 (CCV sends no Retry-After) and how often;
 * retries of GET/PATCH/PUT/DELETE on 5xx and I/O errors; timeouts; whether response signatures are checked.
 */
public record CcvClientSettings(int getPerMinute, int writePerMinute, int productQueriesPerMinute, int totalPerMinute,
        Duration window, Duration waitOn429, int retriesOn429, int retriesOnServerError, Duration serverErrorBackoff,
        Duration connectTimeout, Duration responseTimeout, int pageSize, boolean verifyResponses) {

    /** The longest a single 429 wait may last, whatever is configured. */
    public static final Duration MAX_WAIT_ON_429 = Duration.ofMinutes(5);

    public CcvClientSettings {
        if (waitOn429.compareTo(MAX_WAIT_ON_429) > 0) {
            waitOn429 = MAX_WAIT_ON_429;
        }
        pageSize = Math.max(1, Math.min(250, pageSize));
    }

    public static CcvClientSettings defaults() {
        return new CcvClientSettings(150, 100, 30, 250, Duration.ofSeconds(61), Duration.ofSeconds(60), 3, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(60), 250, true);
    }

    public CcvClientSettings withWaitOn429(Duration wait) {
        return new CcvClientSettings(getPerMinute, writePerMinute, productQueriesPerMinute, totalPerMinute, window, wait,
                retriesOn429, retriesOnServerError, serverErrorBackoff, connectTimeout, responseTimeout, pageSize, verifyResponses);
    }

    public CcvClientSettings withServerErrorBackoff(Duration backoff) {
        return new CcvClientSettings(getPerMinute, writePerMinute, productQueriesPerMinute, totalPerMinute, window, waitOn429,
                retriesOn429, retriesOnServerError, backoff, connectTimeout, responseTimeout, pageSize, verifyResponses);
    }

    public CcvClientSettings withPageSize(int size) {
        return new CcvClientSettings(getPerMinute, writePerMinute, productQueriesPerMinute, totalPerMinute, window, waitOn429,
                retriesOn429, retriesOnServerError, serverErrorBackoff, connectTimeout, responseTimeout, size, verifyResponses);
    }

    public CcvClientSettings withLimits(int get, int write, int productQueries, int total) {
        return new CcvClientSettings(get, write, productQueries, total, window, waitOn429, retriesOn429, retriesOnServerError,
                serverErrorBackoff, connectTimeout, responseTimeout, pageSize, verifyResponses);
    }

    public CcvClientSettings withVerifyResponses(boolean verify) {
        return new CcvClientSettings(getPerMinute, writePerMinute, productQueriesPerMinute, totalPerMinute, window, waitOn429,
                retriesOn429, retriesOnServerError, serverErrorBackoff, connectTimeout, responseTimeout, pageSize, verify);
    }
}
