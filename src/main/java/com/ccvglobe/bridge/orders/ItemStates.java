package com.ccvglobe.bridge.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.ccvglobe.bridge.exactglobe.GlobeEntityClient;
import com.ccvglobe.bridge.exactglobe.GlobeFilter;
import com.ccvglobe.bridge.exactglobe.GlobeQuery;
import com.ccvglobe.bridge.exactglobe.GlobeRecord;

/**
 * The Globe state of the items orders use ({@code ItemCode}, {@code Condition}, {@code IsSalesItem}), kept in memory so
 * that the article check need not read Globe for every order. An entry comes from a read of the article check; the
 * cache keeps all entries fresh the way the articles flow follows Globe: every {@code bridge.orders.item-cache.refresh}
 * (when orders come in) one {@code Item} query for what Globe changed since a {@code ModifiedDate} cursor (less
 * {@code overlap} for clocks that differ). An entry is served while a read confirmed it within
 * {@code bridge.orders.item-cache.max-age}: its own read, or the last refresh that succeeded. So an item blocked in
 * Globe may still be served as active for up to {@code refresh} (at most {@code max-age} while refreshes fail).
 * The first use reads up to {@code bridge.orders.item-cache.preload} sales items in one paged query, so that the first
 * orders after a start need no item reads of their own either.
 */
@ApplicationScoped
public class ItemStates {

    private static final Logger LOG = Logger.getLogger(ItemStates.class);
    static final String[] FIELDS = {"ItemCode", "Condition", "IsSalesItem"};

    private record Entry(GlobeRecord item, long readAt) {
    }

    private final GlobeEntityClient globe;
    private final OrdersConfig config;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Instant cursor;
    private volatile long refreshedAt;
    private volatile long triedAt;

    public ItemStates(GlobeEntityClient globe, OrdersConfig config) {
        this.globe = globe;
        this.config = config;
    }

    /** The cached states of these item codes that may be served now (upper-case code → item); others need a read. */
    Map<String, GlobeRecord> served(Collection<String> codes) {
        Map<String, GlobeRecord> served = new HashMap<>();
        if (!config.itemCache().enabled()) {
            return served;
        }
        refreshIfDue();
        long now = System.nanoTime();
        long maxAge = config.itemCache().maxAge().toNanos();
        for (String code : codes) {
            String key = code.toUpperCase(Locale.ROOT);
            Entry entry = entries.get(key);
            if (entry != null && now - Math.max(entry.readAt(), refreshedAt) <= maxAge) {
                served.put(key, entry.item());
            }
        }
        return served;
    }

    /** Items just read from Globe (each one's state as of {@code readAt}, a {@link System#nanoTime()}). */
    void remember(Collection<GlobeRecord> items, long readAt) {
        if (!config.itemCache().enabled()) {
            return;
        }
        for (GlobeRecord item : items) {
            entries.put(item.text("ItemCode").toUpperCase(Locale.ROOT), new Entry(item, readAt));
        }
    }

    /** Forgets every entry (the next checks read Globe). */
    public void clear() {
        entries.clear();
    }

    /** Back to the state after a start: no entry, no cursor; the next use preloads the sales items again. */
    synchronized void forgetAll() {
        entries.clear();
        cursor = null;
    }

    /** Reads what Globe changed since the cursor now, whether due or not; false when Globe could not be read. */
    public boolean refresh() {
        refreshing.lock();
        try {
            return readChanges();
        } finally {
            refreshing.unlock();
        }
    }

    private void refreshIfDue() {
        if (cursor == null) {
            synchronized (this) {
                if (cursor == null) {
                    preload();
                }
            }
            return;
        }
        long every = config.itemCache().refresh().toNanos();
        if (System.nanoTime() - triedAt >= every && refreshing.tryLock()) {
            try {
                if (System.nanoTime() - triedAt >= every) {
                    readChanges();
                }
            } finally {
                refreshing.unlock();
            }
        }
    }

    /**
     * Reads up to {@code preload} sales items (one paged query); every entry is then as fresh as this moment. A failed
     * read leaves the cache empty: the article check reads what it needs, the refreshes keep those entries fresh.
     */
    private void preload() {
        long startedAt = System.nanoTime();
        Instant started = Instant.now();
        int limit = config.itemCache().preload();
        if (limit > 0) {
            try {
                int[] read = {0};
                globe.findEach("Item", GlobeQuery.where(GlobeFilter.eq("IsSalesItem", true)).select(FIELDS).top(limit),
                        item -> {
                            if (item.text("ItemCode") != null && read[0]++ < limit) {
                                entries.putIfAbsent(item.text("ItemCode").toUpperCase(Locale.ROOT), new Entry(item, startedAt));
                            }
                        });
                LOG.infof("Item cache: %d sales item(s) read from Exact Globe%s", read[0],
                        read[0] >= limit ? " (bridge.orders.item-cache.preload; others are read when an order needs them)" : "");
            } catch (RuntimeException e) {
                LOG.warnf("Item cache: could not read the sales items from Exact Globe (%s); orders read the items they need",
                        e.getMessage());
            }
        }
        refreshedAt = startedAt;
        triedAt = startedAt;
        cursor = started;
    }

    private boolean readChanges() {
        long startedAt = System.nanoTime();
        triedAt = startedAt;
        Instant started = Instant.now();
        Instant since = (cursor == null ? started : cursor).minus(config.itemCache().overlap());
        try {
            int[] changed = {0};
            globe.findEach("Item", GlobeQuery.where(GlobeFilter.ge("ModifiedDate", since)).select(FIELDS), item -> {
                String key = item.text("ItemCode") == null ? null : item.text("ItemCode").toUpperCase(Locale.ROOT);
                if (key != null && entries.containsKey(key)) {
                    entries.put(key, new Entry(item, startedAt));
                    changed[0]++;
                }
            });
            cursor = started;
            refreshedAt = startedAt;
            if (changed[0] > 0) {
                LOG.debugf("Item cache: %d cached item(s) changed in Exact Globe since %s", changed[0], since);
            }
            return true;
        } catch (RuntimeException e) {
            // the article check then reads Globe for entries older than max-age; the next order tries again
            LOG.warnf("Item cache: could not read the items Exact Globe changed (%s); entries expire after %s",
                    e.getMessage(), config.itemCache().maxAge());
            return false;
        }
    }
}
