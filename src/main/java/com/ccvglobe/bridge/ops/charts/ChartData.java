package com.ccvglobe.bridge.ops.charts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.ccvglobe.bridge.ccvshop.CcvClientSettings;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.ActivityTimeline;
import com.ccvglobe.bridge.state.CallSamples;

/**
 * The numbers behind the dashboard's charts, from the state store: orders booked and parked per hour and the
 * paid→Globe latency per hour (activity log, last {@value #DAYS} days), CCV calls per minute against the client's
 * limits (call samples), and the stock and articles runs with their duration (activity rows of a flow grouped into
 * runs: a pause of more than {@link #RUN_GAP} ends a run). Time axes are epoch seconds.
 */
@ApplicationScoped
public class ChartData {

    static final int DAYS = 7;
    static final Duration RUN_GAP = Duration.ofMinutes(2);
    /** Activity rows read per flow at most (a week of a busy shop). */
    static final int ROW_LIMIT = 200_000;

    /** Hourly series: hour starts, and one array per named series (same length). */
    public record Series(long[] x, Map<String, double[]> y) {
    }

    /** One run of a flow: start and end (epoch seconds), duration and the messages it handled. */
    public record Run(String flow, long start, long end, long seconds, int messages) {
    }

    private final ActivityTimeline timeline;
    private final CallSamples samples;
    private final CcvClientSettings ccv;

    public ChartData(ActivityTimeline timeline, CallSamples samples, CcvClientSettings ccv) {
        this.timeline = timeline;
        this.samples = samples;
        this.ccv = ccv;
    }

    /** Orders booked (COMMITTED) and PARKED per hour, and the p50/p95 latency in seconds of the hour's bookings. */
    public Map<String, Series> orders(Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        Instant start = end.minus(Duration.ofDays(DAYS));
        int hours = DAYS * 24;
        long[] x = new long[hours];
        for (int i = 0; i < hours; i++) {
            x[i] = start.plus(Duration.ofHours(i)).getEpochSecond();
        }
        double[] booked = new double[hours];
        double[] parked = new double[hours];
        List<List<Long>> latencies = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            latencies.add(new ArrayList<>());
        }
        // the latency counts from the first row of the order's key (a parked attempt, a webhook's arrival) to the booking
        Map<String, Instant> firstSeen = new HashMap<>();
        for (ActivityTimeline.Point p : timeline.since("orders", start.minus(Duration.ofDays(1)), ROW_LIMIT)) {
            if (p.key() != null && p.startedAt() != null) {
                firstSeen.merge(p.key(), p.startedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
            if (p.finishedAt().isBefore(start)) {
                continue;
            }
            int hour = (int) Duration.between(start, p.finishedAt()).toHours();
            if (hour < 0 || hour >= hours) {
                continue;
            }
            if (p.status() == ActivityStatus.COMMITTED) {
                booked[hour]++;
                Instant first = p.key() == null ? p.startedAt() : firstSeen.getOrDefault(p.key(), p.startedAt());
                latencies.get(hour).add(Duration.between(first, p.finishedAt()).toMillis());
            } else if (p.status() == ActivityStatus.PARKED) {
                parked[hour]++;
            }
        }
        double[] p50 = new double[hours];
        double[] p95 = new double[hours];
        for (int i = 0; i < hours; i++) {
            p50[i] = percentile(latencies.get(i), 50);
            p95[i] = percentile(latencies.get(i), 95);
        }
        return Map.of("volume", new Series(x, Map.of("booked", booked, "parked", parked)),
                "latency", new Series(x, Map.of("p50", p50, "p95", p95)));
    }

    /** CCV (and Globe) calls per minute over the last {@code minutes}, with the CCV client's total and GET limits. */
    public Series calls(Instant now, int minutes) {
        Instant end = now.truncatedTo(ChronoUnit.MINUTES);
        Instant start = end.minus(Duration.ofMinutes(minutes - 1L));
        long[] x = new long[minutes];
        double[] ccvCalls = new double[minutes];
        double[] globeCalls = new double[minutes];
        for (int i = 0; i < minutes; i++) {
            x[i] = start.plus(Duration.ofMinutes(i)).getEpochSecond();
        }
        for (CallSamples.Minute m : samples.since(start)) {
            int i = (int) Duration.between(start, m.minute()).toMinutes();
            if (i >= 0 && i < minutes) {
                ccvCalls[i] += m.ccvCalls();
                globeCalls[i] += m.globeCalls();
            }
        }
        double[] total = new double[minutes];
        double[] get = new double[minutes];
        Arrays.fill(total, ccv.totalPerMinute());
        Arrays.fill(get, ccv.getPerMinute());
        return new Series(x, Map.of("ccv", ccvCalls, "globe", globeCalls, "limitTotal", total, "limitGet", get));
    }

    /** The runs of the stock and articles flows over the last {@value #DAYS} days, oldest first. */
    public List<Run> runs(Instant now) {
        List<Run> runs = new ArrayList<>();
        for (String flow : List.of("stock", "articles")) {
            Instant runStart = null;
            Instant runEnd = null;
            int messages = 0;
            for (ActivityTimeline.Point p : timeline.since(flow, now.minus(Duration.ofDays(DAYS)), ROW_LIMIT)) {
                Instant started = p.startedAt() == null ? p.finishedAt() : p.startedAt();
                if (runEnd != null && started.isAfter(runEnd.plus(RUN_GAP))) {
                    runs.add(run(flow, runStart, runEnd, messages));
                    runStart = null;
                    messages = 0;
                }
                runStart = runStart == null || started.isBefore(runStart) ? started : runStart;
                runEnd = runEnd == null || p.finishedAt().isAfter(runEnd) ? p.finishedAt() : runEnd;
                messages++;
            }
            if (runStart != null) {
                runs.add(run(flow, runStart, runEnd, messages));
            }
        }
        runs.sort((a, b) -> Long.compare(a.start(), b.start()));
        return runs;
    }

    private static Run run(String flow, Instant start, Instant end, int messages) {
        return new Run(flow, start.getEpochSecond(), end.getEpochSecond(), Math.max(0, Duration.between(start, end).toSeconds()),
                messages);
    }

    /** Nearest-rank percentile in seconds; 0 for an hour without bookings. */
    static double percentile(List<Long> millis, int percent) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(Long::compare);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return Math.round(sorted.get(Math.max(0, rank - 1)) / 10.0) / 100.0;
    }
}
