package com.ccvglobe.bridge.reconcile;

import java.util.List;

import com.ccvglobe.bridge.state.ReconcileDifference;

/** The differences as CSV (RFC 4180: a header line, fields quoted when they hold a comma, quote or line break). */
final class ReconcileCsv {

    static final String HEADER = "run,category,kind,key,ccv,globe,reason,action";

    private ReconcileCsv() {
    }

    static String of(List<ReconcileDifference> rows) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ReconcileDifference d : rows) {
            csv.append(d.runId()).append(',').append(field(d.category())).append(',').append(field(d.kind())).append(',')
                    .append(field(d.key())).append(',').append(field(d.ccvValue())).append(',').append(field(d.globeValue()))
                    .append(',').append(field(d.reason())).append(',').append(field(d.action())).append("\r\n");
        }
        return csv.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet run the cell as a formula
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
