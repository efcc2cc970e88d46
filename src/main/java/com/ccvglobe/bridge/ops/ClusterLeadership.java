package com.ccvglobe.bridge.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.quarkus.main.events.BeforeConfigure;
import org.jboss.logging.Logger;

import com.ccvglobe.bridge.config.BridgeConfig;

/**
 * Registers the cluster service before the routes start, so that the polling routes ({@code master:}) run on
 * one replica at a time. Webhook intake and the management API are plain routes and run on every replica.
 */
@ApplicationScoped
public class ClusterLeadership {

    private static final Logger LOG = Logger.getLogger(ClusterLeadership.class);

    void register(@Observes BeforeConfigure event, CamelContext context, BridgeConfig config) throws Exception {
        String member = memberId(config.cluster().mode());
        CamelClusterService service = ClusterServices.create(config.cluster(), member);
        context.addService(service);
        LOG.infof("Leader election: %s cluster service, member %s", config.cluster().mode(), member);
    }

    /** The pod name in Kubernetes (the Lease holder must be a live pod); host and process id for file locks. */
    static String memberId(BridgeConfig.Cluster.Mode mode) {
        String pod = System.getenv("POD_NAME");
        if (pod == null || pod.isBlank()) {
            pod = System.getenv("HOSTNAME");
        }
        if (pod == null || pod.isBlank()) {
            pod = "bridge";
        }
        return mode == BridgeConfig.Cluster.Mode.kubernetes ? pod : pod + "-" + ProcessHandle.current().pid();
    }
}
