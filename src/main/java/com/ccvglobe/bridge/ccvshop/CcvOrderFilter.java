package com.ccvglobe.bridge.ccvshop;

/**
 * Filters of {@code GET /orders}: any may be null. {@code isCompleted} null means CCV's default (completed
 * orders only). Dates as {@code YYYY-MM-DD} or ISO date-time; {@code orderby} e.g. {@code id} or {@code create_date_desc}.
 */
public record CcvOrderFilter(Integer status, Boolean isPaid, String minCreateDate, String maxCreateDate,
        Boolean isCompleted, String orderby) {

    public static CcvOrderFilter all() {
        return new CcvOrderFilter(null, null, null, null, null, null);
    }

    public static CcvOrderFilter withStatus(int status) {
        return new CcvOrderFilter(status, null, null, null, null, null);
    }

    CcvApi.Query toQuery() {
        return CcvApi.Query.of().with("status", status).with("is_paid", isPaid).with("min_create_date", minCreateDate)
                .with("max_create_date", maxCreateDate).with("is_completed", isCompleted).with("orderby", orderby);
    }
}
