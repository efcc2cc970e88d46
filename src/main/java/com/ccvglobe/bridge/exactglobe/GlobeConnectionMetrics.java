package com.ccvglobe.bridge.exactglobe;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Counter {@code bridge_globe_ntlm_handshakes_total}: NTLM handshakes with the Globe entity service. IIS authenticates a
 * connection, not a request, so with connections kept alive and reused it grows by about one per worker thread, not
 * per call; a count that follows the call count means connections are being dropped (a proxy, IIS keep-alive limits).
 */
@Startup
@ApplicationScoped
public class GlobeConnectionMetrics {

    public GlobeConnectionMetrics(MeterRegistry registry, GlobeEntityClient globe) {
        FunctionCounter.builder("bridge.globe.ntlm.handshakes", globe, GlobeEntityClient::ntlmHandshakes)
                .description("NTLM handshakes with the Exact Globe entity service (one per new connection)")
                .register(registry);
    }
}
