package com.ccvglobe.bridge.ops;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import com.ccvglobe.bridge.config.CcvConfig;
import com.ccvglobe.bridge.config.GlobeConfig;
import com.ccvglobe.bridge.support.Dependencies;
import com.ccvglobe.bridge.support.DependencyHealth;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.Wellness;

/**
 * Health of what the bridge depends on, as seen from real traffic, in {@code /q/health} and {@code /q/health/well}:
 * {@code ccv-shop} and {@code exact-globe} are DOWN with {@code state: degraded} while calls keep failing, and the
 * readiness check {@code flows} is DOWN with {@code state: paused} while the state store does not answer. A vendor
 * outage leaves readiness alone on purpose: the replica still takes webhooks and serves the dashboard, and its
 * messages wait in their retries. Gauge {@code bridge_dependency_degraded{dependency}} is 1 while degraded.
 */
@Startup
@ApplicationScoped
public class DependencyHealthChecks {

    private final AddressMask mask;

    public DependencyHealthChecks(Dependencies dependencies, MeterRegistry registry, CcvConfig ccv, GlobeConfig globe,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> stateStore) {
        this.mask = new AddressMask(List.of(ccv.baseUrl(), globe.baseUrl(), globe.sql().jdbcUrl(), stateStore));
        for (DependencyHealth dependency : dependencies.all()) {
            Gauge.builder("bridge_dependency_degraded", dependency, d -> d.degraded() ? 1 : 0)
                    .description("1 while the dependency is degraded (its calls keep failing), else 0")
                    .tag("dependency", dependency.name()).register(registry);
        }
    }

    @Produces
    @Wellness
    @ApplicationScoped
    HealthCheck ccvShop(Dependencies dependencies) {
        return () -> response(dependencies.ccvShop().snapshot(), mask);
    }

    @Produces
    @Wellness
    @ApplicationScoped
    HealthCheck exactGlobe(Dependencies dependencies) {
        return () -> response(dependencies.exactGlobe().snapshot(), mask);
    }

    @Produces
    @Readiness
    @ApplicationScoped
    HealthCheck flows(PollingGate gate) {
        return () -> {
            boolean open = gate.open();
            HealthCheckResponseBuilder b = HealthCheckResponse.named("flows").status(open).withData("state", open ? "running" : "paused");
            if (!open) {
                b.withData("reason", "the state store does not answer; polling resumes by itself when it is back");
                put(b, "since", gate.pausedSince());
            }
            return b.build();
        };
    }

    /** The health endpoints are open (probes), so the last error's addresses are masked ({@link AddressMask}). */
    static HealthCheckResponse response(DependencyHealth.Snapshot s, AddressMask mask) {
        HealthCheckResponseBuilder b = HealthCheckResponse.named(s.name()).status(!s.degraded())
                .withData("state", s.degraded() ? "degraded" : "up")
                .withData("failedCallsInARow", s.failuresInARow());
        put(b, "degradedSince", s.degradedSince());
        put(b, "lastSuccess", s.lastSuccess());
        put(b, "lastFailure", s.lastFailure());
        if (s.lastError() != null) {
            b.withData("lastError", mask.mask(s.lastError()));
        }
        return b.build();
    }

    private static void put(HealthCheckResponseBuilder b, String key, Instant value) {
        if (value != null) {
            b.withData(key, value.toString());
        }
    }
}
