package com.ccvglobe.bridge.ops.golive;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.config.Connections;
import com.ccvglobe.bridge.state.OpsState;

/**
 * Safe first start. When the bridge starts paused ({@code bridge.start-paused}, by default with real systems) on a state
 * store in which no flow has recorded anything, it remembers that moment ({@value #HELD_SINCE}) and holds every flow
 * (Camel route group, except {@code operations}) until an operator starts it ({@value #STARTED}{@code <flow>}). Both
 * facts live in the state store, so a restart keeps them. A held flow's routes are suspended, and every exchange that
 * still enters one of its routes (a timer firing before the suspension, a direct call) is stopped before its first step.
 */
@ApplicationScoped
public class FlowHolds implements RoutePolicyFactory {

    public static final String HELD_SINCE = "go-live.held-since";
    public static final String STARTED = "go-live.started.";
    /** Flows that never write to the shop or ERP and therefore never wait for go-live. */
    public static final Set<String> NEVER_HELD = Set.of("operations");
    private static final Logger LOG = Logger.getLogger(FlowHolds.class);

    private final OpsState state;
    private final BridgeConfig config;
    private final Connections connections;
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final AtomicLong stopped = new AtomicLong();
    private volatile Boolean holding;

    public FlowHolds(OpsState state, BridgeConfig config, Connections connections) {
        this.state = state;
        this.config = config;
        this.connections = connections;
    }

    void register(@Observes BeforeConfigure event, CamelContext context) {
        context.addRoutePolicyFactory(this);
    }

    /** {@code bridge.start-paused}, else true with real systems and false with the sandbox. */
    public boolean startPaused() {
        return config.startPaused().orElse(!connections.sandboxEnabled());
    }

    /**
     * Whether this installation holds flows for go-live: decided once per start. Starting paused on an empty store
     * records {@value #HELD_SINCE}; an installation that already synced (or starts unpaused) holds nothing.
     */
    public boolean holding() {
        Boolean decided = holding;
        if (decided == null) {
            decided = decide();
        }
        return decided;
    }

    private synchronized boolean decide() {
        if (holding != null) {
            return holding;
        }
        boolean hold = false;
        if (startPaused()) {
            if (state.get(HELD_SINCE).isPresent()) {
                hold = true;
            } else if (state.syncTablesEmpty()) {
                state.putIfAbsent(HELD_SINCE, Instant.now().toString(), "bridge");
                hold = true;
                LOG.warn("First start against an empty state store: every flow is held until an operator starts it "
                        + "(dashboard, Go live; or POST /api/go-live/flows/{flow}/start). BRIDGE_START_PAUSED=false skips this.");
            }
        }
        if (hold) {
            state.startingWith(STARTED).forEach(e -> started.add(e.name().substring(STARTED.length())));
        }
        holding = hold;
        return hold;
    }

    /** Whether the flow waits for an operator to start it. An unknown state store answer holds (fail safe). */
    public boolean held(String flow) {
        if (flow == null || NEVER_HELD.contains(flow)) {
            return false;
        }
        try {
            if (!holding() || started.contains(flow)) {
                return false;
            }
            // another replica may have started it: read the store before holding
            if (state.get(STARTED + flow).isPresent()) {
                started.add(flow);
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            LOG.debugf("Go-live state not readable (%s): flow %s held", e.getMessage(), flow);
            return true;
        }
    }

    /** Who started the flow and when, when it was started through go-live. */
    public Optional<OpsState.Entry> startedBy(String flow) {
        return state.get(STARTED + flow);
    }

    /** Releases the flow for good (recorded with the operator's name); its routes are resumed by the caller. */
    public void release(String flow, String operator) {
        state.put(STARTED + flow, Instant.now().toString(), operator);
        started.add(flow);
        LOG.infof("Flow %s started for go-live by %s", flow, operator);
    }

    /** How many exchanges the holds stopped since start-up. */
    public long stoppedExchanges() {
        return stopped.get();
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        if (!(route instanceof RouteDefinition definition) || definition.getGroup() == null
                || NEVER_HELD.contains(definition.getGroup())) {
            return null;
        }
        String flow = definition.getGroup();
        return new RoutePolicySupport() {
            @Override
            public void onExchangeBegin(Route r, Exchange exchange) {
                if (held(flow)) {
                    stopped.incrementAndGet();
                    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 503);
                    exchange.setRouteStop(true);
                }
            }
        };
    }
}
