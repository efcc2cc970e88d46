package com.ccvglobe.bridge.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.state.ActivityLog;
import com.ccvglobe.bridge.state.ActivityStatus;
import com.ccvglobe.bridge.state.SyncCursors;

/**
 * The flows as operators see them: each Camel route group is a flow. Reports their state, pauses and resumes
 * their routes, and starts a run now through the flow's {@code direct:<flow>-run-now} endpoint.
 */
@ApplicationScoped
public class FlowControl {

    private static final Logger LOG = Logger.getLogger(FlowControl.class);

    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final ActivityLog activity;
    private final SyncCursors cursors;

    public FlowControl(CamelContext camel, ProducerTemplate producer, ActivityLog activity, SyncCursors cursors) {
        this.camel = camel;
        this.producer = producer;
        this.activity = activity;
        this.cursors = cursors;
    }

    /** The names of all flows (route groups), sorted. */
    public List<String> flows() {
        TreeSet<String> groups = new TreeSet<>();
        for (Route route : camel.getRoutes()) {
            if (route.getGroup() != null) {
                groups.add(route.getGroup());
            }
        }
        return List.copyOf(groups);
    }

    public List<FlowState> states() {
        Map<String, Map<ActivityStatus, Long>> counts = activity.countsSince(Instant.now().minus(Duration.ofHours(24)));
        List<SyncCursors.Position> positions = cursors.all();
        return flows().stream().map(flow -> state(flow, counts, positions)).toList();
    }

    public Optional<FlowState> state(String flow) {
        if (routes(flow).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(state(flow, activity.countsSince(Instant.now().minus(Duration.ofHours(24))), cursors.all()));
    }

    /**
     * Holds the flow for go-live: suspends its running routes but its leader-only triggers ({@code master:}), whose
     * exchanges the go-live route policy stops while the flow is held; a leader-only consumer stopped and started
     * again does not take the lead back in Camel 4.14's file cluster view, so its poll would never run after the start.
     */
    public boolean hold(String flow) throws Exception {
        List<Route> routes = routes(flow);
        for (Route route : routes) {
            if (!leaderOnly(route) && camel.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started) {
                camel.getRouteController().suspendRoute(route.getRouteId());
            }
        }
        LOG.infof("Flow %s held (%d route(s))", flow, routes.size());
        return !routes.isEmpty();
    }

    private static boolean leaderOnly(Route route) {
        return route.getEndpoint().getEndpointUri().startsWith("master:");
    }

    /** Suspends every running route of the flow; answers false for an unknown flow. */
    public boolean pause(String flow) throws Exception {
        List<Route> routes = routes(flow);
        for (Route route : routes) {
            if (camel.getRouteController().getRouteStatus(route.getRouteId()) == ServiceStatus.Started) {
                camel.getRouteController().suspendRoute(route.getRouteId());
            }
        }
        LOG.infof("Flow %s paused (%d route(s))", flow, routes.size());
        return !routes.isEmpty();
    }

    /**
     * Resumes the suspended routes of the flow and starts the stopped ones that start with the app (a route switched
     * off by configuration stays off); answers false for an unknown flow.
     */
    public boolean resume(String flow) throws Exception {
        List<Route> routes = routes(flow);
        for (Route route : routes) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
            if (status == ServiceStatus.Suspended) {
                camel.getRouteController().resumeRoute(route.getRouteId());
            } else if (status == ServiceStatus.Stopped && route.isAutoStartup()) {
                camel.getRouteController().startRoute(route.getRouteId());
            }
        }
        LOG.infof("Flow %s resumed (%d route(s))", flow, routes.size());
        return !routes.isEmpty();
    }

    /** The endpoint that runs the flow now, when the flow has one. */
    public Optional<String> runNowEndpoint(String flow) {
        String uri = "direct://" + flow + "-run-now";
        return routes(flow).stream().map(r -> r.getEndpoint().getEndpointUri()).filter(uri::equals).findFirst();
    }

    /** Starts a run of the flow in the background; answers false when the flow has no run-now endpoint. */
    public boolean runNow(String flow) {
        Optional<String> endpoint = runNowEndpoint(flow);
        endpoint.ifPresent(uri -> {
            LOG.infof("Flow %s: run now requested", flow);
            producer.asyncSendBody(uri, null);
        });
        return endpoint.isPresent();
    }

    private FlowState state(String flow, Map<String, Map<ActivityStatus, Long>> counts, List<SyncCursors.Position> positions) {
        List<FlowState.RouteState> routes = new ArrayList<>();
        boolean anyStarted = false;
        boolean anySuspended = false;
        for (Route route : routes(flow)) {
            ServiceStatus status = camel.getRouteController().getRouteStatus(route.getRouteId());
            // a leader-only trigger keeps running while its flow is held (see hold): the flow's other routes say
            anyStarted |= status == ServiceStatus.Started && !leaderOnly(route);
            // a route that cannot be suspended is stopped by a pause; one switched off by configuration is not paused
            anySuspended |= status == ServiceStatus.Suspended || status == ServiceStatus.Stopped && route.isAutoStartup();
            routes.add(new FlowState.RouteState(route.getRouteId(), String.valueOf(status), route.isAutoStartup()));
        }
        Map<String, Long> last24h = new TreeMap<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            last24h.put(status.name(), counts.getOrDefault(flow, Map.of()).getOrDefault(status, 0L));
        }
        List<FlowState.CursorState> flowCursors = positions.stream()
                .filter(p -> p.name().equals(flow) || p.name().startsWith(flow + "."))
                .map(p -> new FlowState.CursorState(p.name(), p.value(), p.updatedAt())).toList();
        return new FlowState(flow, anyStarted, anySuspended && !anyStarted, runNowEndpoint(flow).isPresent(), routes,
                activity.lastFinished(flow, null).orElse(null), activity.lastFinished(flow, ActivityStatus.COMMITTED).orElse(null),
                last24h, flowCursors);
    }

    private List<Route> routes(String flow) {
        return camel.getRoutes().stream().filter(r -> flow.equals(r.getGroup())).toList();
    }
}
