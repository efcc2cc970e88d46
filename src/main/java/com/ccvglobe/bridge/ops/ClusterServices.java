package com.ccvglobe.bridge.ops;

import java.util.concurrent.TimeUnit;

import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;

import com.ccvglobe.bridge.config.BridgeConfig;

/** Builds the cluster service that decides which replica runs the polling ({@code master:}) routes. */
public final class ClusterServices {

    private ClusterServices() {
    }

    /**
     * @param memberId this replica's name: the pod name in Kubernetes (env {@code POD_NAME} or {@code HOSTNAME})
     */
    public static CamelClusterService create(BridgeConfig.Cluster cluster, String memberId) {
        return switch (cluster.mode()) {
            case file -> {
                FileLockClusterService service = new FileLockClusterService();
                service.setId("bridge-file-" + memberId);
                service.setRoot(cluster.fileRoot());
                service.setAcquireLockDelay(cluster.retryPeriod().toMillis(), TimeUnit.MILLISECONDS);
                service.setAcquireLockInterval(cluster.retryPeriod().toMillis(), TimeUnit.MILLISECONDS);
                yield service;
            }
            case kubernetes -> {
                KubernetesClusterService service = new KubernetesClusterService();
                service.setId("bridge-kubernetes-" + memberId);
                service.setLeaseResourceType(LeaseResourceType.Lease);
                service.setKubernetesResourceName(cluster.leaseName());
                cluster.namespace().ifPresent(service::setKubernetesNamespace);
                service.setPodName(memberId);
                service.setLeaseDurationMillis(cluster.leaseDuration().toMillis());
                service.setRenewDeadlineMillis(cluster.renewDeadline().toMillis());
                service.setRetryPeriodMillis(cluster.retryPeriod().toMillis());
                service.addToClusterLabels("app.kubernetes.io/name", "ccv-globe-bridge");
                yield service;
            }
        };
    }
}
