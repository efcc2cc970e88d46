package com.ccvglobe.bridge.ops.charts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.LastSentValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The running articles or stock run, for the dashboard's progress bar: stock from the status a claimed stock run keeps
 * in the state store ({@code stock-run}/{@code status}: phase, changes, sent, start), articles from the articles
 * flow's gauges ({@code bridge_articles_run_items{state}}, {@code bridge_articles_run_eta_seconds}).
 */
@ApplicationScoped
public class RunProgress {

    /** A run going: done of total, since when, and the expected seconds left (null while unknown). */
    public record Running(String flow, String phase, long done, long total, Instant startedAt, Long etaSeconds) {
    }

    /** An articles run whose last item finished longer ago than this has stopped (items that parked never count as done). */
    static final Duration ARTICLES_QUIET = Duration.ofMinutes(2);

    private final LastSentValues lastSent;
    private final ActivityLog activity;
    private final MeterRegistry registry;
    private final ObjectMapper json;

    public RunProgress(LastSentValues lastSent, ActivityLog activity, MeterRegistry registry, ObjectMapper json) {
        this.lastSent = lastSent;
        this.activity = activity;
        this.registry = registry;
        this.json = json;
    }

    public List<Running> running() {
        List<Running> going = new ArrayList<>();
        stock(going);
        articles(going);
        return going;
    }

    private void stock(List<Running> going) {
        lastSent.get("stock-run", "status").ifPresent(value -> {
            try {
                JsonNode status = json.readTree(value);
                String phase = status.path("phase").asText();
                if (phase.equals("finished")) {
                    return;
                }
                long total = status.path("changes").asLong();
                long sent = status.path("sent").asLong();
                Instant started = Instant.parse(status.path("startedAt").asText());
                Long eta = sent > 0 && total >= sent
                        ? Duration.between(started, Instant.now()).toSeconds() * (total - sent) / sent : null;
                going.add(new Running("stock", phase, sent, total, started, eta));
            } catch (Exception e) {
                // a status this version cannot read shows no bar
            }
        });
    }

    private void articles(List<Running> going) {
        double done = value("bridge.articles.run.items", "done");
        double total = value("bridge.articles.run.items", "total");
        boolean recent = activity.lastFinished("articles", null)
                .filter(at -> at.isAfter(Instant.now().minus(ARTICLES_QUIET))).isPresent();
        if (total > 0 && done < total && recent) {
            Gauge eta = registry.find("bridge.articles.run.eta").gauge();
            going.add(new Running("articles", "sending", (long) done, (long) total, null,
                    eta == null || done == 0 ? null : (long) eta.value()));
        }
    }

    private double value(String name, String state) {
        Gauge gauge = registry.find(name).tag("state", state).gauge();
        return gauge == null ? 0 : gauge.value();
    }
}
