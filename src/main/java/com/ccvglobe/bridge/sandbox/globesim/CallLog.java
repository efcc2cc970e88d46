package com.ccvglobe.bridge.sandbox.globesim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every call the entity service received: method, resource, status; with counts per "METHOD Entity". */
final class CallLog {

    record Call(String method, String resource, int status) {
    }

    private static final int LIMIT = 10_000;
    private final List<Call> calls = new ArrayList<>();

    synchronized void add(String method, String resource, int status) {
        if (calls.size() == LIMIT) {
            calls.remove(0);
        }
        calls.add(new Call(method, resource, status));
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
    }

    synchronized List<Call> since(int index) {
        return new ArrayList<>(calls.subList(Math.min(index, calls.size()), calls.size()));
    }
}
