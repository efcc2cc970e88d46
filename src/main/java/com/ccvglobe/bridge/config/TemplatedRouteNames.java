package com.ccvglobe.bridge.config;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ModelLifecycleStrategySupport;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.quarkus.main.events.BeforeConfigure;

/**
 * A route made from a building block (a {@code templatedRoute}) gets its group, auto-startup and description with the
 * template's parameters filled in: Camel 4.14 fills {@code {{name}}} in endpoints and steps, but leaves a route's
 * group, auto-startup and description as written, so the orders poll would belong to the flow "{{group}}" (flow holds,
 * the dashboard's per-flow views and the metrics group routes by it) and would not start again when an operator
 * resumes its flow.
 */
@ApplicationScoped
public class TemplatedRouteNames {

    void register(@Observes BeforeConfigure event, CamelContext context) {
        ((ModelCamelContext) context).addModelLifecycleStrategy(new ModelLifecycleStrategySupport() {
            @Override
            public void onAddRouteDefinition(RouteDefinition definition) {
                Map<String, Object> parameters = definition.getTemplateParameters();
                if (parameters == null || parameters.isEmpty()) {
                    return;
                }
                if (definition.getGroup() != null) {
                    definition.setGroup(resolve(context, fill(definition.getGroup(), parameters)));
                }
                if (definition.getAutoStartup() != null) {
                    // whether it starts with the app: read again when an operator resumes a paused flow
                    definition.setAutoStartup(resolve(context, fill(definition.getAutoStartup(), parameters)));
                }
                if (definition.getDescriptionText() != null) {
                    definition.setDescription(resolve(context, fill(definition.getDescriptionText(), parameters)));
                }
            }
        });
    }

    /** Settings named in a parameter's value ({@code {{bridge.orders.poll-interval:60s}}}) as they are in force. */
    private static String resolve(CamelContext context, String text) {
        try {
            return context.resolvePropertyPlaceholders(text);
        } catch (RuntimeException e) {
            return text;
        }
    }

    static String fill(String text, Map<String, Object> parameters) {
        String filled = text;
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            filled = filled.replace("{{" + parameter.getKey() + "}}", String.valueOf(parameter.getValue()));
        }
        return filled;
    }
}
