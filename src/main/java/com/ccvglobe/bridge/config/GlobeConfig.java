package com.ccvglobe.bridge.config;

import java.time.Duration;
import java.util.Optional;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Connection to the Exact Globe entity service and, read-only, to the Globe company database (stock).
 * Env vars: {@code GLOBE_BASE_URL}, {@code GLOBE_SERVER_NAME}, {@code GLOBE_DATABASE_NAME},
 * {@code GLOBE_USERNAME}, {@code GLOBE_PASSWORD}, {@code GLOBE_DOMAIN}, {@code GLOBE_AUTH},
 * {@code GLOBE_SQL_JDBC_URL}, {@code GLOBE_SQL_USERNAME}, {@code GLOBE_SQL_PASSWORD}, {@code GLOBE_HTTP_TIMEOUT}.
 */
@ConfigMapping(prefix = "globe")
public interface GlobeConfig {

    /** e.g. {@code http://globe:8020/services/Exact.Entity.REST.EG}. */
    Optional<String> baseUrl();

    /** Sent as the {@code ServerName} header on every call. */
    Optional<String> serverName();

    /** Sent as the {@code DatabaseName} header on every call (the Globe administration). */
    Optional<String> databaseName();

    Optional<String> username();

    /** Credential: never printed. */
    Optional<String> password();

    /** Windows domain for NTLM. */
    Optional<String> domain();

    /** How the entity service authenticates: {@code ntlm} (default) or {@code basic}. */
    @WithDefault("ntlm")
    Auth auth();

    Sql sql();

    Http http();

    enum Auth {
        ntlm, basic
    }

    interface Http {
        /**
         * Connect, response and socket timeout of each entity-service call. A write without an answer in this time is
         * retried, and Globe is asked by YourReference first whether it went through.
         */
        @WithDefault("60s")
        @DurationMin(seconds = 1, message = "must be a duration of at least 1s (env GLOBE_HTTP_TIMEOUT)")
        Duration timeout();
    }

    /** Read-only JDBC access to the Globe company database, for stock. */
    interface Sql {
        Optional<String> jdbcUrl();

        Optional<String> username();

        /** Credential: never printed. */
        Optional<String> password();

        /** Replaces the shipped stock query (exactglobe/stock-query.sql); same columns. */
        Optional<String> stockQuery();
    }
}
