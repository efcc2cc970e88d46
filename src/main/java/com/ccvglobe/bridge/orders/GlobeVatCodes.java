package com.ccvglobe.bridge.orders;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;
import com.ccvglobe.bridge.support.BusinessException;

/**
 * Globe's VAT codes with their percentage and whether prices with that code include VAT ({@code VAT.Excluded}
 * {@code I}/{@code T} = including). Read with one query and kept for five minutes; an unknown code reloads once (threads that miss together share the read).
 * A percentage between 0 and 1 is read as a fraction (Exact's reference leaves fraction or percent open).
 */
@ApplicationScoped
public class GlobeVatCodes {

    /** One Globe VAT code: percentage (e.g. 21) and price basis. */
    public record VatCode(String code, BigDecimal percentage, boolean including) {
    }

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final GlobeEntityClient globe;
    private volatile Map<String, VatCode> codes = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public GlobeVatCodes(GlobeEntityClient globe) {
        this.globe = globe;
    }

    public VatCode get(String code, String record) {
        String key = code.trim().toUpperCase(Locale.ROOT);
        Instant seen = loadedAt;
        if (Instant.now().isAfter(seen.plus(KEEP))) {
            load(seen);
        }
        VatCode found = codes.get(key);
        if (found == null) {
            load(seen);
            found = codes.get(key);
        }
        if (found == null) {
            throw new BusinessException(record, "VATCode", "VAT code '" + key
                    + "' (from the mapping's vat table) does not exist in Exact Globe; add it in Globe or change vat.codes");
        }
        return found;
    }

    /**
     * Reads the codes unless another thread read them since {@code seen} (workers that miss at once share one read).
     */
    private synchronized void load(Instant seen) {
        if (loadedAt.isAfter(seen)) {
            return;
        }
        Map<String, VatCode> loaded = new HashMap<>();
        for (GlobeRecord vat : globe.find("VAT", GlobeQuery.all().select("VATCode", "Percentage", "Excluded"))) {
            String code = vat.text("VATCode");
            if (code == null) {
                continue;
            }
            BigDecimal percentage = vat.number("Percentage") == null ? BigDecimal.ZERO : vat.number("Percentage");
            if (percentage.signum() > 0 && percentage.compareTo(BigDecimal.ONE) < 0) {
                percentage = percentage.movePointRight(2);
            }
            String excluded = vat.text("Excluded");
            loaded.put(code.trim().toUpperCase(Locale.ROOT), new VatCode(code.trim(), percentage,
                    "I".equalsIgnoreCase(excluded) || "T".equalsIgnoreCase(excluded)));
        }
        codes = Map.copyOf(loaded);
        loadedAt = Instant.now();
    }
}
