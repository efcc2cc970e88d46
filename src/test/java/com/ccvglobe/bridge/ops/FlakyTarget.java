package com.ccvglobe.bridge.ops;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.ccvglobe.bridge.state.FlowIdempotentRepository;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.support.BusinessException;

/** A stand-in target system for the error-handling tests: fails on command, records what it committed. */
@Singleton // not a client proxy: the tests read its fields directly
@Named("flakyTarget")
public class FlakyTarget {

    final List<String> commits = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> transientFailuresLeft = new ConcurrentHashMap<>();
    final Map<String, String> rejectField = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public void write(String body) throws IOException {
        calls.computeIfAbsent(body, k -> new AtomicInteger()).incrementAndGet();
        String field = rejectField.get(body);
        if (field != null) {
            throw new BusinessException("test record " + body, field, "value is not acceptable");
        }
        AtomicInteger left = transientFailuresLeft.get(body);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IOException("connection reset while writing " + body);
        }
        commits.add(body);
    }

    @Produces
    @Singleton
    @Named("testIdempotentRepository")
    FlowIdempotentRepository testRepository(IdempotencyKeys keys) {
        return new FlowIdempotentRepository("test", keys);
    }
}
