package com.ccvglobe.bridge.ops.golive;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.quarkus.main.events.AfterStart;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.ops.FlowControl;
import com.ccvglobe.bridge.state.OpsState;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Going live: suspends the held flows once Camel has started, reports each flow's go-live state, and starts a held flow
 * when an operator says so (only with the checklist done, unless the operator overrides it). A flow started through
 * another replica is resumed here within 15 s.
 */
@ApplicationScoped
public class GoLive {

    private static final Logger LOG = Logger.getLogger(GoLive.class);

    private final FlowHolds holds;
    private final FlowControl flows;
    private final GoLiveChecklist checklist;
    private final OpsState state;
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<FlowStarted> started;
    private final Set<String> suspendedHere = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService watcher;

    public GoLive(FlowHolds holds, FlowControl flows, GoLiveChecklist checklist, OpsState state) {
        this.holds = holds;
        this.flows = flows;
        this.checklist = checklist;
        this.state = state;
    }

    void suspendHeld(@Observes AfterStart event) {
        try {
            for (String flow : flows.flows()) {
                if (holds.held(flow)) {
                    flows.hold(flow);
                    suspendedHere.add(flow);
                }
            }
        } catch (Exception e) {
            LOG.warnf("Held flows could not all be suspended (%s); their exchanges are still stopped", e.getMessage());
        }
        if (!suspendedHere.isEmpty()) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "go-live-watcher");
                thread.setDaemon(true);
                return thread;
            });
            watcher.scheduleWithFixedDelay(this::resumeStartedElsewhere, 15, 15, TimeUnit.SECONDS);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /** A flow an operator started through another replica resumes here too. */
    void resumeStartedElsewhere() {
        for (String flow : List.copyOf(suspendedHere)) {
            try {
                if (!holds.held(flow)) {
                    suspendedHere.remove(flow);
                    flows.resume(flow);
                }
            } catch (Exception e) {
                LOG.warnf("Flow %s: resuming after its go-live start failed (%s); retried", flow, e.getMessage());
            }
        }
        if (suspendedHere.isEmpty() && watcher != null) {
            watcher.shutdown();
        }
    }

    /** One flow as go-live sees it: held (waiting for an operator) or started, by whom and when. */
    public record FlowGoLive(String flow, boolean held, String startedBy, String startedAt) {
    }

    /** The go-live state: whether flows start paused, since when this installation holds flows, and each flow. */
    public record Status(boolean startPaused, boolean holding, String heldSince, List<FlowGoLive> flows) {
    }

    public Status status() {
        boolean holding = holds.holding();
        List<FlowGoLive> each = flows.flows().stream().filter(f -> !FlowHolds.NEVER_HELD.contains(f)).map(f -> {
            Optional<OpsState.Entry> started = holds.startedBy(f);
            return new FlowGoLive(f, holds.held(f), started.map(OpsState.Entry::updatedBy).orElse(null),
                    started.map(e -> e.updatedAt().toString()).orElse(null));
        }).toList();
        return new Status(holds.startPaused(), holding, state.get(FlowHolds.HELD_SINCE).map(OpsState.Entry::value).orElse(null), each);
    }

    /** Why a start was refused: the open checklist items. */
    public static final class ChecklistOpen extends RuntimeException {
        private final GoLiveChecklist.Checklist checklist;

        ChecklistOpen(GoLiveChecklist.Checklist checklist) {
            super("the go-live checklist is not done: " + String.join("; ", checklist.items().stream()
                    .filter(i -> !i.done()).map(i -> i.label() + " (" + i.detail() + ")").toList()));
            this.checklist = checklist;
        }

        public GoLiveChecklist.Checklist checklist() {
            return checklist;
        }
    }

    /**
     * Starts a flow: records who started it (so restarts keep it running) and resumes its routes. Refused with
     * {@link ChecklistOpen} while the checklist is not done, unless {@code despiteChecklist}. Answers false for an unknown
     * flow.
     */
    public boolean start(String flow, String operator, boolean despiteChecklist) throws Exception {
        if (!flows.flows().contains(flow)) {
            return false;
        }
        if (holds.held(flow) && !despiteChecklist) {
            GoLiveChecklist.Checklist list = checklist.run();
            if (!list.done()) {
                throw new ChecklistOpen(list);
            }
        }
        if (holds.held(flow)) {
            holds.release(flow, operator);
        }
        suspendedHere.remove(flow);
        flows.resume(flow);
        started.fire(new FlowStarted(flow, operator));
        return true;
    }
}
