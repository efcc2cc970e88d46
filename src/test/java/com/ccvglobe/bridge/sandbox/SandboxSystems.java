package com.ccvglobe.bridge.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.globesim.SandboxGlobe;

/** Test helper: the app's embedded sandbox shop and Globe, as the flow tests' own helpers reach them. */
@ApplicationScoped
public class SandboxSystems {

    @Inject
    EmbeddedCcvShop shop;

    @Inject
    SandboxGlobe globe;

    /** The sandbox CCV Shop, with its demo catalogue seeded. */
    public CcvShopSimulator shop() {
        CcvShopSimulator sim = shop.simulator();
        sim.demo().seed();
        return sim;
    }

    /** Removes the shop's webhooks, so that only the test decides when a record reaches a flow. */
    public void removeShopWebhooks() {
        CcvShopSimulator sim = shop();
        sim.data().all("webhooks").forEach(w -> sim.data().delete("webhooks", w.path("id").asLong()));
    }

    /** The sandbox Globe's admin API, e.g. {@code http://127.0.0.1:port/sandbox-admin}. */
    public String globeAdminUrl() {
        return globe.simulator().adminUrl();
    }
}
