package com.ccvglobe.bridge.state;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

import com.ccvglobe.bridge.support.Dependencies;
import com.ccvglobe.bridge.support.DependencyHealth;

/**
 * Whether the state store answers, looked at most once a second (a look waits for a connection, up to the pool's
 * acquisition timeout, when the store is away). Read by the polling gate, the health checks and the retry decision.
 */
@ApplicationScoped
public class StateStoreProbe {

    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

    private final Jdbc jdbc;
    private final DependencyHealth health;
    private long lookedAt = System.nanoTime() - 2 * LOOK_EVERY_NANOS;
    private boolean answering = true;

    public StateStoreProbe(DataSource dataSource, Dependencies dependencies) {
        this.jdbc = new Jdbc(dataSource);
        this.health = dependencies.stateStore();
    }

    public synchronized boolean available() {
        if (System.nanoTime() - lookedAt < LOOK_EVERY_NANOS) {
            return answering;
        }
        answering = jdbc.ping();
        lookedAt = System.nanoTime();
        if (answering) {
            health.succeeded();
        } else {
            health.failed("no connection to the state store (check the database server and QUARKUS_DATASOURCE_JDBC_URL)");
        }
        return answering;
    }
}
