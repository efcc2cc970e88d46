package com.ccvglobe.bridge.orders;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The worker threads of the orders poll's parallel split: {@code ordersWorkers}, {@code bridge.orders.workers} threads.
 * A fixed pool: the threads live as long as the app, so
 * each keeps its pooled, already authenticated Globe connection. Pacing stays with the CCV rate limiter.
 */
@jakarta.enterprise.context.Dependent
public class OrdersWorkers {

    @Produces
    @Singleton
    @Named("ordersWorkers")
    ExecutorService ordersWorkers(OrdersConfig config) {
        return Executors.newFixedThreadPool(config.workers(), threads("orders-worker-"));
    }

    void close(@Disposes @Named("ordersWorkers") ExecutorService pool) {
        pool.shutdownNow();
    }

    static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
