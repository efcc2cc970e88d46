package com.ccvglobe.bridge.privacy;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.RecordLink;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * Which CCV orders and users belong to which shopper, so that an erasure request finds them: link entity
 * {@value #ENTITY}, CCV side {@code order:<id>} or {@code user:<id>}, other side the shopper's e-mail key
 * ({@link ShopperKeys}); never the address itself.
 */
@ApplicationScoped
public class ShopperLinks {

    static final String ENTITY = "shopper";
    static final String ORDER = "order:";
    static final String USER = "user:";

    private final RecordLinks links;
    private final ShopperKeys keys;

    public ShopperLinks(RecordLinks links, ShopperKeys keys) {
        this.links = links;
        this.keys = keys;
    }

    /** The CCV order was placed by the shopper with this e-mail address (nothing is kept for a blank address). */
    public void ordered(long orderId, String email) {
        tie(ORDER + orderId, email);
    }

    /** The CCV user is the shopper with this e-mail address. */
    public void registered(long userId, String email) {
        tie(USER + userId, email);
    }

    /** The links of the shopper with this e-mail key. */
    List<RecordLink> of(String emailKey) {
        return links.allByGlobeKey(ENTITY, emailKey);
    }

    private void tie(String ccvId, String email) {
        String key = keys.email(email);
        if (key != null) {
            links.link(ENTITY, ccvId, key, null);
        }
    }
}
