package com.ccvglobe.bridge.ops;

import java.time.Instant;

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

import com.ccvglobe.bridge.state.StateStoreProbe;

/**
 * Pauses the polling routes ({@code master:} endpoints) while the state store does not answer: a poll that starts then
 * does nothing (no cursor could be read or confirmed, no claim taken), and polling resumes by itself with the first poll
 * after the store is back. Messages already under way wait in their retries (see {@link RetryDecision}).
 */
@ApplicationScoped
public class PollingGate implements RoutePolicyFactory {

    private static final Logger LOG = Logger.getLogger(PollingGate.class);

    private final StateStoreProbe stateStore;
    private volatile Instant pausedSince;

    public PollingGate(StateStoreProbe stateStore) {
        this.stateStore = stateStore;
    }

    void register(@Observes BeforeConfigure event, CamelContext context) {
        context.addRoutePolicyFactory(this);
    }

    /** When polling was paused, or null while it runs. */
    public Instant pausedSince() {
        return pausedSince;
    }

    /** Whether polls may run now; also what the readiness check reports. */
    public boolean open() {
        boolean open = stateStore.available();
        if (!open && pausedSince == null) {
            pausedSince = Instant.now();
            LOG.warn("Polling paused: the state store does not answer. Flows resume by themselves when it is back.");
        } else if (open && pausedSince != null) {
            LOG.infof("Polling resumed: the state store answers again (paused since %s)", pausedSince);
            pausedSince = null;
        }
        return open;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        if (route instanceof RouteDefinition definition && definition.getInput() != null
                && definition.getInput().getEndpointUri() != null && definition.getInput().getEndpointUri().startsWith("master:")) {
            return new RoutePolicySupport() {
                @Override
                public void onExchangeBegin(Route r, Exchange exchange) {
                    if (!open()) {
                        exchange.setRouteStop(true);
                    }
                }
            };
        }
        return null;
    }
}
