package com.ccvglobe.bridge.articles;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the current articles run is: items done of the total and the expected time left, in the log (every
 * {@code bridge.articles.progress-every} items and every 10 %), on each item's activity row, and as gauges
 * {@code bridge_articles_run_items{state="done|total"}} and {@code bridge_articles_run_eta_seconds}.
 */
@ApplicationScoped
public class ArticleProgress {

    private static final Logger LOG = Logger.getLogger(ArticleProgress.class);

    /** A finished run. */
    public record Summary(String mode, long total, long written, long unchanged, long failed, Duration took) {
        public String text() {
            return mode + " run: " + total + " products, " + written + " written, " + unchanged + " unchanged, " + failed
                    + " parked or skipped, took " + ArticleProgress.format(took);
        }
    }

    private final int every;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong etaSeconds = new AtomicLong();
    private volatile Instant started = Instant.now();
    private volatile String mode = "changed";

    public ArticleProgress(ArticlesConfig config, MeterRegistry registry) {
        this.every = Math.max(1, config.progressEvery());
        Gauge.builder("bridge.articles.run.items", done, AtomicLong::get).tag("state", "done")
                .description("Products handled in the current (or last) articles run").register(registry);
        Gauge.builder("bridge.articles.run.items", total, AtomicLong::get).tag("state", "total")
                .description("Products in the current (or last) articles run").register(registry);
        Gauge.builder("bridge.articles.run.eta", etaSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Expected time left in the current articles run").register(registry);
    }

    public synchronized void start(String runMode, int items) {
        mode = runMode;
        started = Instant.now();
        total.set(items);
        done.set(0);
        written.set(0);
        unchanged.set(0);
        etaSeconds.set(0);
        LOG.infof("Articles %s run: %d products to compare with CCV", runMode, items);
    }

    /** One product handled; returns the progress text for its activity row, e.g. {@code 40/2000, ETA 12m}. */
    public String step(boolean wasWritten) {
        long n = done.incrementAndGet();
        (wasWritten ? written : unchanged).incrementAndGet();
        long all = Math.max(total.get(), n);
        Duration elapsed = Duration.between(started, Instant.now());
        long eta = n == 0 ? 0 : elapsed.toMillis() * (all - n) / n / 1000;
        etaSeconds.set(eta);
        String text = n + "/" + all + ", ETA " + format(Duration.ofSeconds(eta));
        long tenth = Math.max(1, all / 10);
        if (n % every == 0 || n % tenth == 0 || n == all) {
            LOG.infof("Articles %s run: %d/%d done (%d%%), ETA %s", mode, n, all, n * 100 / all, format(Duration.ofSeconds(eta)));
        }
        return text;
    }

    public synchronized Summary finish() {
        etaSeconds.set(0);
        long all = total.get();
        Summary summary = new Summary(mode, all, written.get(), unchanged.get(),
                Math.max(0, all - written.get() - unchanged.get()), Duration.between(started, Instant.now()));
        LOG.infof("Articles %s", summary.text());
        return summary;
    }

    public Instant started() {
        return started;
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? s / 3600 + "h" + (s % 3600) / 60 + "m" : s >= 60 ? s / 60 + "m" + s % 60 + "s" : s + "s";
    }
}
