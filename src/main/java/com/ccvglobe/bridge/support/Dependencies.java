package com.ccvglobe.bridge.support;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The systems the bridge depends on, each with what the bridge last saw of it: fed by the CCV Shop and Exact Globe
 * clients and the state-store probe, read by the health checks, the metrics and the retry decision.
 */
@ApplicationScoped
public class Dependencies {

    public static final String CCV_SHOP = "ccv-shop";
    public static final String EXACT_GLOBE = "exact-globe";
    public static final String STATE_STORE = "state-store";

    private final DependencyHealth ccvShop;
    private final DependencyHealth exactGlobe;
    private final DependencyHealth stateStore;

    public Dependencies(@ConfigProperty(name = "bridge.health.degraded-after", defaultValue = "3") int degradedAfter) {
        this.ccvShop = new DependencyHealth(CCV_SHOP, "CCV Shop", degradedAfter);
        this.exactGlobe = new DependencyHealth(EXACT_GLOBE, "Exact Globe", degradedAfter);
        // One failed look at the state store is enough: the probe already waited for a connection.
        this.stateStore = new DependencyHealth(STATE_STORE, "The state store", 1);
    }

    public DependencyHealth ccvShop() {
        return ccvShop;
    }

    public DependencyHealth exactGlobe() {
        return exactGlobe;
    }

    public DependencyHealth stateStore() {
        return stateStore;
    }

    public List<DependencyHealth> all() {
        return List.of(ccvShop, exactGlobe, stateStore);
    }

    public boolean anyDegraded() {
        return all().stream().anyMatch(DependencyHealth::degraded);
    }
}
