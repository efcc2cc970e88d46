package com.ccvglobe.bridge.sandbox.ccvsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every API call the simulator answered (also 401s and 429s): counts per resource-method and status, and the
 * calls themselves, for tests and the measurements.
 */
public final class SimCallLog {

    /** One answered call. */
    public record Call(long atMs, String method, String uri, String resourceMethod, int status) {
    }

    private final List<Call> calls = new ArrayList<>();

    synchronized void add(Call call) {
        calls.add(call);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized void clear() {
        calls.clear();
    }

    /** {@code "GET orders" -> n}, every status included. */
    public synchronized Map<String, Integer> countsPerResourceMethod() {
        Map<String, Integer> counts = new TreeMap<>();
        calls.forEach(c -> counts.merge(c.resourceMethod(), 1, Integer::sum));
        return counts;
    }

    /** {@code 200 -> n, 401 -> n, 429 -> n}. */
    public synchronized Map<Integer, Integer> countsPerStatus() {
        Map<Integer, Integer> counts = new TreeMap<>();
        calls.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }

    public synchronized int count(int status) {
        return (int) calls.stream().filter(c -> c.status() == status).count();
    }

    /** The most calls of one resource-method (or of all, when null) seen in any 60 s window. */
    public synchronized int maxInAnyMinute(String resourceMethod) {
        List<Long> times = new ArrayList<>();
        for (Call c : calls) {
            if (c.status() != 429 && (resourceMethod == null || resourceMethod.equals(c.resourceMethod()))) {
                times.add(c.atMs());
            }
        }
        int max = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= 60_000) {
                from++;
            }
            max = Math.max(max, to - from + 1);
        }
        return max;
    }

    synchronized Map<String, Object> describe() {
        Map<String, Integer> maxPerResourceMethod = new TreeMap<>();
        countsPerResourceMethod().keySet().forEach(rm -> maxPerResourceMethod.put(rm, maxInAnyMinute(rm)));
        return Map.of("total", calls.size(), "perResourceMethod", countsPerResourceMethod(),
                "perStatus", countsPerStatus(), "maxPerMinute", maxInAnyMinute(null),
                "maxPerMinutePerResourceMethod", maxPerResourceMethod);
    }
}
