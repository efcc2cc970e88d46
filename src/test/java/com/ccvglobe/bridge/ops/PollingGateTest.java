package com.ccvglobe.bridge.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.state.StateStoreProbe;
import com.ccvglobe.bridge.support.Dependencies;

/**
 * Polling routes pause while the state store does not answer and resume by themselves; other routes are not gated.
 * A real H2 database behind a data source that can be switched off stands in for a database server going away.
 */
class PollingGateTest {

    /** Hands out H2 connections, or fails like a database server that went away. */
    static final class SwitchableDataSource implements DataSource {
        final AtomicBoolean down = new AtomicBoolean();
        private final JdbcDataSource h2 = new JdbcDataSource();

        SwitchableDataSource() {
            h2.setURL("jdbc:h2:mem:polling-gate;DB_CLOSE_DELAY=-1");
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (down.get()) {
                throw new SQLException("Connection refused (the test switched the database off)", "08001");
            }
            return h2.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }

    @Test
    void pollsPauseWhileTheStateStoreIsAwayAndResumeWhenItIsBack() throws Exception {
        SwitchableDataSource database = new SwitchableDataSource();
        Dependencies dependencies = new Dependencies(3);
        PollingGate gate = new PollingGate(new StateStoreProbe(database, dependencies));
        AtomicInteger polls = new AtomicInteger();
        AtomicInteger webhooks = new AtomicInteger();
        Path root = Files.createTempDirectory("bridge-gate");
        DefaultCamelContext context = new DefaultCamelContext();
        context.addService(ClusterServices.create(new LeaderElectionTest.FileCluster(root.toString()), "gate-test"));
        context.addRoutePolicyFactory(gate);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:orders-poll:timer:orders-poll?period=50").routeId("orders-poll").process(e -> polls.incrementAndGet());
                from("timer:intake?period=50").routeId("webhook-like").process(e -> webhooks.incrementAndGet());
            }
        });
        context.start();
        try {
            await().atMost(Duration.ofSeconds(15)).until(() -> polls.get() > 3);
            assertThat(gate.pausedSince()).isNull();

            database.down.set(true);
            await().atMost(Duration.ofSeconds(10)).until(() -> gate.pausedSince() != null);
            assertThat(dependencies.stateStore().degraded()).isTrue();
            int pollsWhileDown = polls.get();
            int webhooksBefore = webhooks.get();
            await().atMost(Duration.ofSeconds(10)).until(() -> webhooks.get() > webhooksBefore + 10);
            assertThat(polls.get()).as("no poll ran its steps while the store was away").isEqualTo(pollsWhileDown);

            database.down.set(false);
            await().atMost(Duration.ofSeconds(10)).until(() -> polls.get() > pollsWhileDown + 3);
            assertThat(gate.pausedSince()).as("resumed by itself").isNull();
            assertThat(dependencies.stateStore().degraded()).isFalse();
        } finally {
            context.stop();
        }
    }
}
