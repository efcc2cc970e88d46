package com.ccvglobe.bridge.config;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.jboss.logging.Logger;

/**
 * Stops start-up, before any route runs, when the configuration is inconsistent. Single-key rules (ranges,
 * durations) are Hibernate Validator annotations on the mappings, which Quarkus checks even earlier.
 */
@ApplicationScoped
public class ConfigurationGuard {

    private static final Logger LOG = Logger.getLogger(ConfigurationGuard.class);

    void check(@Observes BeforeConfigure event, BridgeConfig bridge, CcvConfig ccv, GlobeConfig globe) {
        List<ConfigProblem> problems = ConfigurationCheck.problems(bridge, ccv, globe);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        LOG.infof("Configuration valid; running against %s",
                ConfigurationCheck.sandboxEnabled(bridge, ccv, globe) ? "the built-in sandbox systems" : "real CCV Shop and Exact Globe systems");
    }

    /** Lists every problem, one per line, naming key and environment variable. */
    public static final class InvalidConfigurationException extends RuntimeException {
        private final transient List<ConfigProblem> problems;

        public InvalidConfigurationException(List<ConfigProblem> problems) {
            super("The bridge configuration has " + problems.size() + " problem(s):\n  - "
                    + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("\n  - ")));
            this.problems = List.copyOf(problems);
        }

        public List<ConfigProblem> problems() {
            return problems;
        }
    }
}
