package com.ccvglobe.bridge.ccvshop;

import java.util.List;

/** Webhooks registered in CCV Shop: list, register (the answer carries the signing key), delete. Bean {@code ccvWebhooks}. */
public class CcvWebhooks {

    private final CcvApi api;

    public CcvWebhooks(CcvApi api) {
        this.api = api;
    }

    public List<CcvShopRecords.Webhook> list() {
        return api.getAll("/webhooks", null, CcvShopRecords.Webhook.class);
    }

    public CcvShopRecords.Webhook register(String event, String address) {
        return api.post("/webhooks", new CcvShopRecords.WebhookInput(event, address, true), CcvShopRecords.Webhook.class);
    }

    public void delete(long id) {
        api.delete("/webhooks/" + id);
    }
}
