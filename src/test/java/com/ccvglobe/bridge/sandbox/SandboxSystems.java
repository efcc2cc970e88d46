package com.ccvglobe.bridge.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.ccvglobe.bridge.sandbox.ccvsim.CcvShopSimulator;
import com.ccvglobe.bridge.sandbox.ccvsim.EmbeddedCcvShop;
import com.ccvglobe.bridge.sandbox.globesim.SandboxGlobe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: the app's embedded sandbox shop and Globe, as the flow tests' own helpers reach them. */
@ApplicationScoped
public class SandboxSystems {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** HTTP/1.1 (no h2c upgrade) and timeouts: a lost answer fails the test instead of hanging the suite. */
    private static final HttpClient ADMIN = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

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

    /** One call of the sandbox Globe's admin API ({@code path} below {@code /sandbox-admin}); its JSON answer. */
    public JsonNode globeAdmin(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(globeAdminUrl() + "/" + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = ADMIN.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("Globe admin " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
