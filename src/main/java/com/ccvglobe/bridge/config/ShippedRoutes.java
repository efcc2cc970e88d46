package com.ccvglobe.bridge.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.TemplatedRouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;

/**
 * The shipped routes a user route replaced: takes a route out of the context (stopped and removed, definition and
 * all) and puts a shipped route back from the file it came from, when the user's replacement goes.
 */
final class ShippedRoutes {

    private final CamelContext context;
    /** Route id → the shipped definition a user route took the place of. */
    private final Map<String, RouteDefinition> replaced = new HashMap<>();
    /** Where the shipped routes come from: camel.main.routes-include-pattern. */

    private final String shippedPatterns;

    ShippedRoutes(CamelContext context, String shippedPatterns) {
        this.context = context;
        this.shippedPatterns = shippedPatterns;
    }

    /** Takes out the shipped route of this id, if there is one, and keeps its definition to put back later. */
    boolean replace(String id) {
        RouteDefinition definition = model().getRouteDefinition(id);
        if (definition == null) {
            return false;
        }
        replaced.put(id, definition);
        takeOut(id);
        return true;
    }

    /** Stops and removes the route of this id, whoever defined it. */
    void takeOut(String id) {
        try {
            if (context.getRoute(id) != null) {
                context.getRouteController().stopRoute(id);
                context.removeRoute(id);
            }
            RouteDefinition definition = model().getRouteDefinition(id);
            if (definition != null) {
                model().removeRouteDefinition(definition);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Route '" + id + "' could not be taken out: " + e.getMessage(), e);
        }
    }

    /**
     * Puts back the shipped route of this id, if a user route had replaced it: read again from the shipped route
     * files (a fresh definition; one that ran once is not started a second time), and started when the context runs.
     */
    void restore(String id) {
        if (replaced.remove(id) == null) {
            return;
        }
        try {
            for (String pattern : shippedPatterns.split(",")) {
                for (Resource resource : PluginHelper.getPackageScanResourceResolver(context).findResources(pattern.strip())) {
                    for (RoutesBuilder found : PluginHelper.getRoutesLoader(context).findRoutesBuilders(resource)) {
                        RouteBuilder builder = (RouteBuilder) found;
                        List<RouteDefinition> routes = builder.configureRoutes(context).getRoutes();
                        List<TemplatedRouteDefinition> templated = builder.getTemplatedRouteCollection().getTemplatedRoutes();
                        boolean plain = routes.stream().anyMatch(r -> id.equals(r.getRouteId()));
                        if (plain || templated.stream().anyMatch(t -> id.equals(t.getRouteId()))) {
                            // only this route, from a route or a templatedRoute; the building blocks stay as loaded
                            routes.removeIf(r -> !id.equals(r.getRouteId()));
                            templated.removeIf(t -> !id.equals(t.getRouteId()));
                            builder.getRouteTemplateCollection().getRouteTemplates().clear();
                            context.addRoutes(builder);
                            context.addTemplatedRoutes(builder);
                            startIfRunning(id);
                            return;
                        }
                    }
                }
            }
            throw new IllegalStateException("no shipped route file (" + shippedPatterns + ") defines it");
        } catch (Exception e) {
            throw new IllegalStateException("Shipped route '" + id + "' could not be put back: " + e.getMessage(), e);
        }
    }

    /** A route put back while the application runs is started at once (a route built from a template too). */
    private void startIfRunning(String id) throws Exception {
        var status = context.getRouteController().getRouteStatus(id);
        if (context.isStarted() && status != null && !status.isStarted()) {
            context.getRouteController().startRoute(id);
        }
    }

    /**
     * Whether the route of this id (in the context now) only runs on the leader ({@code master:}). Such a route is
     * not swapped in a running app: Camel 4.14's file cluster view can hang when a leader-only consumer of a
     * namespace it already served starts again, so the swap waits for the next start.
     */
    boolean leaderOnly(String id) {
        RouteDefinition definition = model().getRouteDefinition(id);
        return definition != null && leaderOnly(definition);
    }

    static boolean leaderOnly(RouteDefinition definition) {
        String uri = definition.getInput() == null ? null : definition.getInput().getEndpointUri();
        return uri != null && uri.startsWith("master:");
    }

    /** Whether a user route took the place of a leader-only shipped route of this id. */
    boolean replacedLeaderOnly(String id) {
        RouteDefinition definition = replaced.get(id);
        return definition != null && leaderOnly(definition);
    }

    private ModelCamelContext model() {
        return (ModelCamelContext) context;
    }
}
