package com.ccvglobe.bridge.stock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.BridgeInstances;
import com.ccvglobe.bridge.state.Claim;
import com.ccvglobe.bridge.state.IdempotencyKeys;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One stock run at a time, across replicas: a run (the poll, {@code POST /api/stock/sync}, {@code /api/stock/resync},
 * the replay of a parked SKU) claims the flow in the state store (claim {@code stock-run}/{@code stock}, owned by this
 * bridge instance; a claim whose owner stopped beating is taken over) and releases it when it ends. A caller that
 * finds a run going is told which one and how far it is: 409 for the API, a log line for the poll.
 */
@ApplicationScoped
@Named("stockRuns")
public class StockRuns {

    /** Exchange property: the id of the claimed run (set by {@link #claim}, null when another run is going). */
    public static final String RUN_ID = "stockRunId";
    /** Exchange property, set by the route: what starts the run (poll, sync, resync, replay). */
    public static final String KIND = "stockRunKind";
    /** Exchange property: the run that was going when the claim was refused. */
    static final String BUSY = "stockRunBusy";
    static final String CLAIM_FLOW = "stock-run";
    static final String CLAIM_KEY = "stock";
    private static final Logger LOG = Logger.getLogger(StockRuns.class);

    private final IdempotencyKeys claims;
    private final BridgeInstances instances;
    private final StockProgress progress;
    private final ObjectMapper json;

    public StockRuns(IdempotencyKeys claims, BridgeInstances instances, StockProgress progress, ObjectMapper json) {
        this.claims = claims;
        this.instances = instances;
        this.progress = progress;
        this.json = json;
    }

    /**
     * Claims the stock flow; returns the new run's id, or null (and sets {@code stockRunBusy}) when a run is going.
     * One caller at a time on this instance, so that a claim just taken is never mistaken for a leftover.
     */
    public synchronized String claim(Exchange exchange) {
        String kind = exchange.getProperty(KIND, "sync", String.class);
        if (claims.add(CLAIM_FLOW, CLAIM_KEY) || reclaimedOwnLeftover()) {
            Optional<Claim> mine = claims.holder(CLAIM_FLOW, CLAIM_KEY).filter(c -> instances.id().equals(c.owner()));
            if (mine.isPresent()) {
                String runId = runId(mine.get());
                progress.begin(new StockRunStatus(runId, kind, instances.id(), mine.get().claimedAt().toString(), "reading", 0, 0));
                exchange.setProperty(RUN_ID, runId);
                LOG.infof("stock run %s (%s) started", runId, kind);
                return runId;
            }
        }
        StockRunStatus going = going();
        exchange.setProperty(BUSY, going);
        if ("poll".equals(kind)) {
            LOG.infof("stock poll skipped: %s", going.describe());
        } else {
            LOG.infof("stock %s refused: %s", kind, going.describe());
        }
        return null;
    }

    /**
     * A claim this instance holds while no run of its own is going was left by a release that failed (the state
     * store did not answer then): it is released, so that it does not block every later run.
     */
    private boolean reclaimedOwnLeftover() {
        boolean leftover = !progress.running() && claims.holder(CLAIM_FLOW, CLAIM_KEY)
                .filter(c -> instances.id().equals(c.owner())).isPresent();
        if (leftover && claims.release(CLAIM_FLOW, CLAIM_KEY)) {
            LOG.warn("stock: released a stock-run claim this instance had left behind");
            return claims.add(CLAIM_FLOW, CLAIM_KEY);
        }
        return false;
    }

    /** The run that holds the claim now, as far as the state store knows. */
    private StockRunStatus going() {
        Optional<Claim> holder = claims.holder(CLAIM_FLOW, CLAIM_KEY);
        if (holder.isEmpty()) {
            // released between the refused claim and this look-up: the run has just finished
            return progress.stored().orElse(StockRunStatus.starting("unknown", "unknown", "unknown"));
        }
        String runId = runId(holder.get());
        return progress.stored().filter(s -> s.runId().equals(runId))
                .orElse(StockRunStatus.starting(runId, holder.get().owner(), holder.get().claimedAt().toString()));
    }

    /** The API's answer to an accepted run (the route answers 202): the run's kind and id, as JSON. */
    public String accepted(@ExchangeProperty(KIND) String kind, @ExchangeProperty(RUN_ID) String runId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("started", "stock " + (kind == null ? "sync" : kind));
        body.put("runId", runId);
        return json(body);
    }

    /** The API's answer when a run is going (the route answers 409): that run's id and progress, as JSON. */
    public String refused(@ExchangeProperty(BUSY) StockRunStatus going) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "a stock run is going; try again when it has finished");
        body.put("runId", going.runId());
        body.put("running", going);
        return json(body);
    }

    /**
     * Ends the claimed run: releases the claim (if this instance still holds it). Under the same lock as
     * {@link #claim}, so that a claim between the run's end and its release cannot be taken for a leftover.
     */
    public synchronized void release(@ExchangeProperty(RUN_ID) String runId) {
        if (runId == null) {
            return;
        }
        progress.end(runId);
        if (claims.release(CLAIM_FLOW, CLAIM_KEY)) {
            LOG.infof("stock run %s ended", runId);
        } else {
            LOG.warnf("stock run %s ended, but its claim had been taken over by another bridge instance", runId);
        }
    }

    private static String runId(Claim claim) {
        return "stock-" + claim.claimedAt().toString();
    }

    private String json(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stock run answer not written: " + e.getMessage(), e);
        }
    }
}
