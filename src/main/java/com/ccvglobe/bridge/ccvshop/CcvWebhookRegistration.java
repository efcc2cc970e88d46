package com.ccvglobe.bridge.ccvshop;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.quarkus.main.events.AfterStart;

import com.ccvglobe.bridge.ops.golive.FlowHolds;
import com.ccvglobe.bridge.ops.golive.FlowStarted;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.Connections;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.WebhookKey;
import com.ccvglobe.bridge.state.WebhookKeys;

/**
 * Registers the webhooks the bridge needs ({@code bridge.webhooks.events}) at
 * {@code <bridge.webhooks.public-url>/webhooks/ccv/<event>}, idempotently: a webhook CCV already has for that
 * event and address is kept when its key is known (stored, or shown by CCV), otherwise replaced; keys are
 * stored in the state store. Runs after start-up when a public URL is configured, and in a sandbox demo run.
 */
@ApplicationScoped
@Named("ccvWebhookRegistration")
public class CcvWebhookRegistration {

    private static final Logger LOG = Logger.getLogger(CcvWebhookRegistration.class);
    private static final String CLAIM = "ccv-webhook-registration";
    /** The flow the webhooks feed; held at go-live, and with it their registration. */
    private static final String FLOW = "orders";
    private static final int CLAIM_WAIT_SECONDS = 45;

    private final CcvWebhooks webhooks;
    private final WebhookKeys keys;
    private final CcvWebhookConfig config;
    private final Connections connections;
    private final IdempotencyKeys claims;
    @Inject
    FlowHolds holds;

    public CcvWebhookRegistration(CcvWebhooks webhooks, WebhookKeys keys, CcvWebhookConfig config, Connections connections,
            IdempotencyKeys claims) {
        this.webhooks = webhooks;
        this.keys = keys;
        this.config = config;
        this.connections = connections;
        this.claims = claims;
    }

    void onStart(@Observes AfterStart event) {
        if (holds.held(FLOW)) {
            // going live: nothing is written to CCV before an operator starts the orders flow
            LOG.info("CCV webhooks are registered when an operator starts the orders flow (go-live)");
            return;
        }
        registerConfigured();
    }

    void onOrdersStarted(@Observes FlowStarted started) {
        if (FLOW.equals(started.flow())) {
            registerConfigured();
        }
    }

    private void registerConfigured() {
        config.publicUrl().filter(u -> !u.isBlank()).or(this::sandboxDemoUrl).ifPresent(url -> {
            try {
                int registered = register(url);
                LOG.infof("CCV webhooks in place for %s (%d newly registered)", config.events(), registered);
            } catch (RuntimeException e) {
                LOG.warnf("CCV webhooks could not be registered now (%s); orders are still found by polling", e.getMessage());
            }
        });
    }

    /**
     * In a sandbox demo run (sandbox on, demo shopper on, no public URL configured) the sandbox shop delivers its
     * webhooks to this app itself, so that demo orders are booked within seconds instead of at the next poll.
     */
    private Optional<String> sandboxDemoUrl() {
        Config settings = ConfigProvider.getConfig();
        boolean demo = connections.sandboxEnabled()
                && settings.getOptionalValue("bridge.sandbox.demo-shopper.enabled", Boolean.class).orElse(false);
        return demo ? Optional.of("http://localhost:" + settings.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080))
                : Optional.empty();
    }

    /** Makes sure every configured event has a webhook at {@code publicUrl}; returns how many were created. */
    public int register(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        // Replicas starting together would each register the same webhook: one at a time, through a state-store
        // claim (a dead holder's claim is taken over after bridge.cluster.instance-timeout).
        for (int waited = 0; !claims.add(CLAIM, base); waited++) {
            if (waited >= CLAIM_WAIT_SECONDS) {
                throw new IllegalStateException("another bridge instance is still registering the CCV webhooks after "
                        + CLAIM_WAIT_SECONDS + " s");
            }
            pause();
        }
        try {
            return registerClaimed(base);
        } finally {
            claims.remove(CLAIM, base);
        }
    }

    private int registerClaimed(String base) {
        List<CcvShopRecords.Webhook> existing = webhooks.list();
        int created = 0;
        for (String event : config.events()) {
            String address = base + "/webhooks/ccv/" + event;
            Optional<WebhookKey> stored = keys.find(event, address);
            Optional<CcvShopRecords.Webhook> same = existing.stream()
                    .filter(w -> event.equals(w.event()) && address.equals(w.address()) && !Boolean.FALSE.equals(w.isActive()))
                    .findFirst();
            if (same.isPresent() && stored.filter(k -> k.webhookId() == same.get().id() && k.address().equals(address)).isPresent()) {
                continue;
            }
            if (same.isPresent() && same.get().key() != null && !same.get().key().isBlank()) {
                keys.save(new WebhookKey(event, same.get().id(), address, same.get().key(), null));
                continue;
            }
            for (CcvShopRecords.Webhook old : existing) {
                if (event.equals(old.event()) && address.equals(old.address())) {
                    webhooks.delete(old.id());
                }
            }
            CcvShopRecords.Webhook hook = webhooks.register(event, address);
            keys.save(new WebhookKey(event, hook.id(), address, hook.key(), null));
            created++;
        }
        return created;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for another instance's webhook registration", e);
        }
    }
}
