package com.ccvglobe.bridge.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;

import io.quarkus.runtime.StartupEvent;

/**
 * At start-up, after Flyway (V7), rewrites what earlier versions stored under a plain e-mail address: each debtor
 * link keyed by an address moves to the address's e-mail key ({@link ShopperKeys}); debtor-create claims keyed by an
 * address are removed (a claim only guards a creation in flight, and none is in flight in this instance before it
 * started; Globe's e-mail look-up finds a debtor created meanwhile). Idempotent: a second run finds nothing.
 */
@ApplicationScoped
public class PlainEmailConversion {

    private static final Logger LOG = Logger.getLogger(PlainEmailConversion.class);
    private static final String ANY_ADDRESS = "%@%";

    private final RecordLinks links;
    private final IdempotencyKeys claims;
    private final ShopperKeys keys;

    public PlainEmailConversion(RecordLinks links, IdempotencyKeys claims, ShopperKeys keys) {
        this.links = links;
        this.claims = claims;
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent event) {
        convert();
    }

    /** Rewrites the rows; returns how many were rewritten or removed. */
    public int convert() {
        int converted = 0;
        for (RecordLink plain : links.byCcvIdLike(ShopperKeys.DEBTOR_LINK, ANY_ADDRESS)) {
            String key = keys.email(plain.ccvId());
            if (links.byCcvId(ShopperKeys.DEBTOR_LINK, key).isEmpty()) {
                links.link(ShopperKeys.DEBTOR_LINK, key, plain.globeKey(), plain.globeGuid());
            }
            links.unlink(ShopperKeys.DEBTOR_LINK, plain.ccvId());
            converted++;
        }
        for (String plain : claims.keysLike(ShopperKeys.DEBTOR_CLAIM, ANY_ADDRESS)) {
            claims.remove(ShopperKeys.DEBTOR_CLAIM, plain);
            converted++;
        }
        if (converted > 0) {
            LOG.infof("Privacy: %d debtor link(s) and claim(s) stored under a plain e-mail address were rewritten to e-mail keys",
                    converted);
        }
        return converted;
    }
}
