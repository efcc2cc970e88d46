package com.ccvglobe.bridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.ccvglobe.bridge.config.BridgeConfig;
import com.ccvglobe.bridge.config.CcvConfig;
import com.ccvglobe.bridge.config.ConfigurationCheck;
import com.ccvglobe.bridge.config.GlobeConfig;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;

/**
 * The manifests in {@code k8s/}: parsed into Kubernetes' own model, checked for the fields Kubernetes and this
 * deployment need, and their settings validated by the app's own configuration rules.
 */
class KubernetesManifestsTest {

    private static final List<HasMetadata> RESOURCES = new ArrayList<>();

    @BeforeAll
    static void load() throws Exception {
        try (KubernetesClient client = new KubernetesClientBuilder().build()) {
            for (String file : List.of("serviceaccount.yaml", "configmap.yaml", "routes-configmap.yaml", "deployment.yaml", "service.yaml",
                    "poddisruptionbudget.yaml", "servicemonitor.yaml", "prometheusrule.yaml", "secret.example.yaml")) {
                try (InputStream in = Files.newInputStream(Path.of("k8s", file))) {
                    RESOURCES.addAll(client.load(in).items());
                }
            }
        }
    }

    /** The settings ConfigMap (the other one holds the user's routes). */
    private static ConfigMap settings() {
        return named(ConfigMap.class, "ccv-globe-bridge");
    }

    private static <T extends HasMetadata> T named(Class<T> type, String name) {
        List<T> found = RESOURCES.stream().filter(type::isInstance).map(type::cast)
                .filter(r -> name.equals(r.getMetadata().getName())).toList();
        assertThat(found).as(type.getSimpleName() + " " + name).hasSize(1);
        return found.get(0);
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    @Test
    void everyResourceHasKindNameAndTheAppLabel() {
        assertThat(RESOURCES).hasSizeGreaterThanOrEqualTo(10);
        for (HasMetadata r : RESOURCES) {
            assertThat(r.getApiVersion()).as("apiVersion of %s", r.getKind()).isNotBlank();
            assertThat(r.getMetadata().getName()).as("name of %s", r.getKind()).isNotBlank();
            assertThat(r.getMetadata().getLabels()).as("labels of %s", r.getKind())
                    .containsEntry("app.kubernetes.io/name", "ccv-globe-bridge");
        }
        assertThat(RESOURCES).extracting(HasMetadata::getKind).contains("ServiceMonitor", "PrometheusRule");
    }

    @Test
    void deploymentRunsTwoProbedBoundedReplicasWithTheirOwnServiceAccount() {
        Deployment deployment = one(Deployment.class);
        var spec = deployment.getSpec();
        assertThat(spec.getReplicas()).isEqualTo(2);
        assertThat(spec.getTemplate().getMetadata().getLabels()).containsAllEntriesOf(spec.getSelector().getMatchLabels());
        assertThat(spec.getTemplate().getSpec().getServiceAccountName()).isEqualTo(one(ServiceAccount.class).getMetadata().getName());

        Container bridge = spec.getTemplate().getSpec().getContainers().get(0);
        assertThat(bridge.getImage()).isNotBlank();
        assertThat(bridge.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
        assertThat(bridge.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
        assertThat(bridge.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(bridge.getResources().getLimits()).containsKeys("cpu", "memory");
        assertThat(bridge.getEnv()).anySatisfy(e -> assertThat(e.getValue()).contains("MaxRAMPercentage"));
        assertThat(bridge.getEnv()).anySatisfy(e -> {
            assertThat(e.getName()).isEqualTo("POD_NAME");
            assertThat(e.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
        });
        assertThat(bridge.getEnvFrom().stream().filter(e -> e.getConfigMapRef() != null).map(e -> e.getConfigMapRef().getName()))
                .containsExactly(settings().getMetadata().getName());
        assertThat(bridge.getEnvFrom().stream().filter(e -> e.getSecretRef() != null).map(e -> e.getSecretRef().getName()))
                .containsExactly(one(Secret.class).getMetadata().getName());
        assertThat(spec.getTemplate().getSpec().getVolumes().stream().filter(v -> v.getConfigMap() != null)
                .map(v -> v.getConfigMap().getName())).containsExactlyInAnyOrder("ccv-globe-bridge", "ccv-globe-bridge-routes");
    }

    @Test
    void theUsersRoutesConfigMapIsMountedWhereBridgeRoutesDirPoints() {
        ConfigMap routes = named(ConfigMap.class, "ccv-globe-bridge-routes");
        String folder = settings().getData().get("BRIDGE_ROUTES_DIR");
        assertThat(folder).as("BRIDGE_ROUTES_DIR in the settings ConfigMap").isNotBlank();
        var pod = one(Deployment.class).getSpec().getTemplate().getSpec();
        String volume = pod.getVolumes().stream().filter(v -> v.getConfigMap() != null
                && routes.getMetadata().getName().equals(v.getConfigMap().getName())).findFirst().orElseThrow().getName();
        assertThat(pod.getContainers().get(0).getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getName()).isEqualTo(volume);
            assertThat(m.getMountPath()).isEqualTo(folder);
            assertThat(m.getReadOnly()).isTrue();
        });
        // every key is a route file the bridge will read (a file of another name would be ignored without a word)
        assertThat(routes.getData() == null ? java.util.Set.<String>of() : routes.getData().keySet()).allMatch(k -> k.endsWith(".camel.yaml"));
    }

    @Test
    void serviceDisruptionBudgetAndMonitorPointAtThePods() {
        Deployment deployment = one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        String portName = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getName();
        Service service = one(Service.class);
        assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getStrVal()).isEqualTo(portName);
        PodDisruptionBudget pdb = one(PodDisruptionBudget.class);
        assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        HasMetadata monitor = RESOURCES.stream().filter(r -> r.getKind().equals("ServiceMonitor")).findFirst().orElseThrow();
        String yaml = io.fabric8.kubernetes.client.utils.Serialization.asYaml(monitor);
        assertThat(yaml).contains("path: \"/q/metrics\"").contains("port: \"" + service.getSpec().getPorts().get(0).getName() + "\"");
    }

    @Test
    void roleAllowsLeasesForLeaderElectionAndIsBoundToTheServiceAccount() {
        Role role = one(Role.class);
        assertThat(role.getRules()).anySatisfy(rule -> {
            assertThat(rule.getApiGroups()).contains("coordination.k8s.io");
            assertThat(rule.getResources()).contains("leases");
            assertThat(rule.getVerbs()).contains("get", "create", "update");
        });
        RoleBinding binding = one(RoleBinding.class);
        assertThat(binding.getRoleRef().getName()).isEqualTo(role.getMetadata().getName());
        assertThat(binding.getSubjects()).anySatisfy(s -> assertThat(s.getName()).isEqualTo(one(ServiceAccount.class).getMetadata().getName()));
    }

    @Test
    void configMapHoldsNoCredentials() {
        assertThat(settings().getData().keySet())
                .noneMatch(k -> k.contains("PASSWORD") || k.contains("SECRET") || k.endsWith("_KEY") || k.startsWith("QUARKUS_DATASOURCE"));
    }

    @Test
    void settingsUseDocumentedNamesAndFormAValidProductionConfiguration() throws Exception {
        Map<String, String> env = new HashMap<>();
        settings().getData().forEach((k, v) -> {
            if (k.matches("[A-Z0-9_]+")) {
                env.put(k, v);
            }
        });
        env.putAll(one(Secret.class).getStringData());
        env.put("BRIDGE_CLUSTER_NAMESPACE", "shop");

        String documented = Files.readString(Path.of("docs/configuration.md"));
        for (String name : env.keySet()) {
            assertThat(documented).as("env var %s is documented in docs/configuration.md", name).contains("`" + name + "`");
        }
        Validator validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(BridgeConfig.class).withMapping(CcvConfig.class).withMapping(GlobeConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> validator).build();
        BridgeConfig bridge = config.getConfigMapping(BridgeConfig.class);
        assertThat(ConfigurationCheck.problems(bridge, config.getConfigMapping(CcvConfig.class), config.getConfigMapping(GlobeConfig.class)))
                .isEmpty();
        assertThat(ConfigurationCheck.sandboxEnabled(bridge, config.getConfigMapping(CcvConfig.class), config.getConfigMapping(GlobeConfig.class)))
                .isFalse();
        assertThat(bridge.cluster().mode()).isEqualTo(BridgeConfig.Cluster.Mode.kubernetes);
        assertThat(bridge.mappingFile()).contains("/etc/ccv-globe-bridge/mapping.yaml");
        assertThat(bridge.routesDir()).contains("/etc/ccv-globe-bridge-routes");
    }

    @Test
    void alertRulesOnlyUseMetricsTheBridgeExports() throws Exception {
        String rules = Files.readString(Path.of("k8s/prometheusrule.yaml"));
        Matcher m = Pattern.compile("bridge_[a-z_]+").matcher(rules);
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group());
        }
        assertThat(used).isNotEmpty().allMatch(name -> name.equals("bridge_messages_total") || name.equals("bridge_retries_total")
                || name.equals("bridge_dependency_degraded") || name.equals("bridge_reconcile_differences")
                || name.startsWith("bridge_processing_seconds"));
    }
}
