package com.ccvglobe.bridge.ccvshop;

import java.math.BigDecimal;

/** Small CCV resources: users, payment methods, packages, webhooks. */
public final class CcvShopRecords {

    private CcvShopRecords() {
    }

    /** A registered customer; personal info under {@code userinfo}. */
    public record User(long id, String username, Long groupId, Boolean status, String approvalStatus, CcvCustomer userinfo) {
    }

    /** An active payment method; {@code id} is the orders' {@code paymethod_id}, {@code combined_name} their {@code paymethod}. */
    public record Paymethod(long id, String psp, String method, String combinedName, String label,
            BigDecimal extraCostsFixed) {
    }

    public record Package(long id, String name) {
    }

    /** A web shop ({@code /webshops/}). */
    public record Webshop(long id, String name) {
    }

    /** The shop settings the bridge reads ({@code /webshops/:id/settings/}): whether shown prices include VAT. */
    public record WebshopSettings(Boolean pricesIncludeVat, String currency, Boolean stock) {
    }

    /** A webhook; {@code key} signs its deliveries (returned on creation: store it). */
    public record Webhook(long id, String event, String address, String key, Boolean isActive, String createdate) {
    }

    /** POST body of a webhook. */
    public record WebhookInput(String event, String address, Boolean isActive) {
    }
}
