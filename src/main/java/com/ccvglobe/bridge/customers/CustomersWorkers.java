package com.ccvglobe.bridge.customers;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The worker threads of the customers poll's parallel split: {@code customersWorkers}, {@code bridge.customers.workers} threads.
 * A fixed pool: the threads live as long as the app, so
 * each keeps its pooled, already authenticated Globe connection. Pacing stays with the CCV rate limiter.
 */
@jakarta.enterprise.context.Dependent
public class CustomersWorkers {

    @Produces
    @Singleton
    @Named("customersWorkers")
    ExecutorService customersWorkers(CustomersConfig config) {
        return Executors.newFixedThreadPool(config.workers(), threads("customers-worker-"));
    }

    void close(@Disposes @Named("customersWorkers") ExecutorService pool) {
        pool.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
