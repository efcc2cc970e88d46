package com.ccvglobe.bridge.ccvshop;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import org.apache.camel.quarkus.main.events.AfterStart;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.WebhookKey;
import com.ccvglobe.bridge.state.WebhookKeys;

/**
 * Registers the webhooks the bridge needs ({@code bridge.webhooks.events}) at
 * {@code <bridge.webhooks.public-url>/webhooks/ccv/<event>}, idempotently: a webhook CCV already has for that
 * event and address is kept when its key is known (stored, or shown by CCV), otherwise replaced; keys are
 * stored in the state store. Runs after start-up when a public URL is configured.
 */
@ApplicationScoped
@Named("ccvWebhookRegistration")
public class CcvWebhookRegistration {

    private static final Logger LOG = Logger.getLogger(CcvWebhookRegistration.class);

    private final CcvWebhooks webhooks;
    private final WebhookKeys keys;
    private final CcvWebhookConfig config;

    public CcvWebhookRegistration(CcvWebhooks webhooks, WebhookKeys keys, CcvWebhookConfig config) {
        this.webhooks = webhooks;
        this.keys = keys;
        this.config = config;
    }

    void onStart(@Observes AfterStart event) {
        config.publicUrl().filter(u -> !u.isBlank()).ifPresent(url -> {
            try {
                int registered = register(url);
                LOG.infof("CCV webhooks in place for %s (%d newly registered)", config.events(), registered);
            } catch (RuntimeException e) {
                LOG.warnf("CCV webhooks could not be registered now (%s); orders are still found by polling", e.getMessage());
            }
        });
    }

    /** Makes sure every configured event has a webhook at {@code publicUrl}; returns how many were created. */
    public int register(String publicUrl) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        List<CcvShopRecords.Webhook> existing = webhooks.list();
        int created = 0;
        for (String event : config.events()) {
            String address = base + "/webhooks/ccv/" + event;
            Optional<WebhookKey> stored = keys.find(event);
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
}
