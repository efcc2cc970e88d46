package com.ccvglobe.bridge.articles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.LastSentValues;
import com.ccvglobe.bridge.state.RecordLinks;

/**
 * The products the bridge wrote (a last-sent record and a link SKU ↔ CCV id) whose product number is not in the
 * published selection any more: the full compare hands them to the flow, which deactivates them in CCV.
 */
@ApplicationScoped
public class ArticleLeavers {

    private static final String PREFIX = ProductWriter.PRODUCT + ":";

    private final LastSentValues lastSent;
    private final RecordLinks links;

    public ArticleLeavers(LastSentValues lastSent, RecordLinks links) {
        this.lastSent = lastSent;
        this.links = links;
    }

    /** The linked product numbers that are not among {@code published}. */
    public Set<String> linkedOutside(Collection<String> published) {
        List<String> written = new ArrayList<>();
        for (String key : lastSent.all(ProductWriter.FLOW).keySet()) {
            if (key.startsWith(PREFIX) && !published.contains(key.substring(PREFIX.length()))) {
                written.add(key.substring(PREFIX.length()));
            }
        }
        return new TreeSet<>(links.byGlobeKeys(ProductWriter.PRODUCT, written).keySet());
    }
}
