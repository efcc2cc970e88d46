package com.ccvglobe.bridge.sandbox.globesim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every call the entity service received: method, resource, status; with counts per "METHOD Entity", and how many
 * connections were opened and NTLM handshakes begun since the last clear.
 */
final class CallLog {

    /** {@code query}: the query string as sent (URL-encoded), null when none. */
    record Call(String method, String resource, String query, int status) {
    }

    private static final int LIMIT = 10_000;
    private final List<Call> calls = new ArrayList<>();
    private long handshakes;
    private long connections;

    /** An NTLM handshake began (a type 1 message): IIS authenticates the connection, not each request. */
    synchronized void handshake() {
        handshakes++;
    }

    /** A caller opened a new HTTP connection. */
    synchronized void connection() {
        connections++;
    }

    synchronized long handshakes() {
        return handshakes;
    }

    synchronized long connections() {
        return connections;
    }

    synchronized void add(String method, String resource, String query, int status) {
        if (calls.size() == LIMIT) {
            calls.remove(0);
        }
        calls.add(new Call(method, resource, query, status));
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Call call : calls) {
            String entity = call.resource().replaceAll("[(/?].*$", "");
            counts.merge(call.method() + " " + entity, 1, Integer::sum);
        }
        return counts;
    }

    synchronized void clear() {
        calls.clear();
        handshakes = 0;
        connections = 0;
    }

    synchronized List<Call> since(int index) {
        return new ArrayList<>(calls.subList(Math.min(index, calls.size()), calls.size()));
    }
}
