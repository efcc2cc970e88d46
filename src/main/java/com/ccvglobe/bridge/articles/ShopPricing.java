package com.ccvglobe.bridge.articles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvShopInfo;
import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * The price CCV shows: Globe's sales price (excl. VAT) as it is, or with the VAT of the item's sales VAT code when
 * the shop shows prices incl. VAT ({@code bridge.articles.price-includes-vat}: {@code shop} asks the shop once per
 * hour). VAT percentages are read from Globe's {@code VAT} codes once per run.
 */
@ApplicationScoped
public class ShopPricing {

    private final ArticlesConfig config;
    private final CcvShopInfo shop;
    private final GlobeEntityClient globe;
    private static final java.time.Duration SETTING_TTL = java.time.Duration.ofHours(1);

    private volatile Boolean includeVat;
    private volatile java.time.Instant settingReadAt;
    private volatile Map<String, BigDecimal> rates;

    public ShopPricing(ArticlesConfig config, CcvShopInfo shop, GlobeEntityClient globe) {
        this.config = config;
        this.shop = shop;
        this.globe = globe;
    }

    /** Forgets the VAT rates (read again on the next item) and, once an hour, the shop setting. */
    public void newRun() {
        rates = null;
        if (settingReadAt != null && settingReadAt.isBefore(java.time.Instant.now().minus(SETTING_TTL))) {
            includeVat = null;
        }
    }

    /** The CCV price for a Globe price excl. VAT and the item's sales VAT code. */
    public BigDecimal shown(BigDecimal exclVat, String vatCode, String sku) {
        if (exclVat == null || !includesVat()) {
            return exclVat;
        }
        BigDecimal rate = rates().get(vatCode == null ? "" : vatCode.trim().toUpperCase());
        if (rate == null) {
            throw new BusinessException("SKU " + sku, "SalesVATCode", "Globe VAT code '" + vatCode
                    + "' is unknown, so the price incl. VAT of SKU " + sku + " cannot be worked out");
        }
        // Globe's VAT.Percentage is a percent (21) or a fraction (0.21): the reference cannot tell; both are read.
        BigDecimal fraction = rate.compareTo(BigDecimal.ONE) < 0 ? rate : rate.movePointLeft(2);
        return exclVat.multiply(BigDecimal.ONE.add(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    private boolean includesVat() {
        Boolean known = includeVat;
        if (known == null) {
            known = switch (config.priceIncludesVat()) {
                case incl -> true;
                case excl -> false;
                case shop -> Boolean.TRUE.equals(shop.webshopSettings().pricesIncludeVat());
            };
            includeVat = known;
            settingReadAt = java.time.Instant.now();
        }
        return known;
    }

    private Map<String, BigDecimal> rates() {
        Map<String, BigDecimal> known = rates;
        if (known == null) {
            known = new HashMap<>();
            for (GlobeRecord vat : globe.find("VAT", GlobeQuery.all().select("VATCode", "Percentage"))) {
                if (vat.text("VATCode") != null && vat.number("Percentage") != null) {
                    known.put(vat.text("VATCode").trim().toUpperCase(), vat.number("Percentage"));
                }
            }
            rates = known;
        }
        return known;
    }
}
