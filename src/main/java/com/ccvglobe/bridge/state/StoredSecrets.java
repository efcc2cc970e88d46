package com.ccvglobe.bridge.state;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Secrets the bridge makes for itself and shares across replicas (table {@code bridge_secret}). The first replica to
 * need one stores it; the others read that one. Values never leave this class except to their caller.
 */
@ApplicationScoped
public class StoredSecrets {

    private final Jdbc jdbc;

    public StoredSecrets(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    /** The stored secret of that name; when there is none, stores {@code generate}'s (the first writer wins). */
    public String getOrCreate(String name, Supplier<String> generate) {
        Optional<String> stored = read(name);
        if (stored.isPresent()) {
            return stored.get();
        }
        jdbc.insertUnique("INSERT INTO bridge_secret (name, secret_value, created_at) VALUES (?, ?, ?)", name, generate.get(),
                Jdbc.ts(Instant.now()));
        return read(name).orElseThrow(() -> new IllegalStateException("the state store did not keep the secret " + name));
    }

    private Optional<String> read(String name) {
        return jdbc.queryOne("SELECT secret_value FROM bridge_secret WHERE name = ?", rs -> rs.getString(1), name);
    }
}
