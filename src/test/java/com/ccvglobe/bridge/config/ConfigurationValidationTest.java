package com.ccvglobe.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;

/**
 * Configuration given as environment variables, read through the same mappings and validators the app uses at
 * start-up: Hibernate Validator for single keys, {@link ConfigurationCheck} for what spans keys.
 */
class ConfigurationValidationTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Map<String, String> realSystems() {
        Map<String, String> env = new HashMap<>();
        env.put("BRIDGE_SANDBOX_ENABLED", "false");
        env.put("CCV_BASE_URL", "https://myshop.ccvshop.nl");
        env.put("CCV_PUBLIC_KEY", "pub");
        env.put("CCV_SECRET_KEY", "s3cr3t-value");
        env.put("GLOBE_BASE_URL", "http://globe:8020/services/Exact.Entity.REST.EG");
        env.put("GLOBE_SERVER_NAME", "SQL01");
        env.put("GLOBE_DATABASE_NAME", "400");
        env.put("GLOBE_USERNAME", "svc-bridge");
        env.put("GLOBE_PASSWORD", "globe-pass-value");
        env.put("GLOBE_DOMAIN", "SHOP");
        return env;
    }

    private static SmallRyeConfig config(Map<String, String> env) {
        return new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(BridgeConfig.class).withMapping(CcvConfig.class).withMapping(GlobeConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
    }

    private static List<ConfigProblem> problems(Map<String, String> env) {
        SmallRyeConfig config = config(env);
        return ConfigurationCheck.problems(config.getConfigMapping(BridgeConfig.class), config.getConfigMapping(CcvConfig.class),
                config.getConfigMapping(GlobeConfig.class));
    }

    @Test
    void completeRealSystemConfigurationHasNoProblems() {
        assertThat(problems(realSystems())).isEmpty();
    }

    @Test
    void missingDatabaseNameWithSandboxOffNamesKeyAndEnvVar() {
        Map<String, String> env = realSystems();
        env.remove("GLOBE_DATABASE_NAME");

        List<ConfigProblem> problems = problems(env);

        assertThat(problems).extracting(ConfigProblem::key).containsExactly("globe.database-name");
        assertThat(problems.get(0).toString()).contains("GLOBE_DATABASE_NAME").contains("sandbox is off");
    }

    @Test
    void malformedUrlIsReportedWithTheKeyAndNeverTheSecrets() {
        Map<String, String> env = realSystems();
        env.put("GLOBE_BASE_URL", "globe:8020 services");
        env.put("CCV_BASE_URL", "ftp://shop");

        List<ConfigProblem> problems = problems(env);

        assertThat(problems).extracting(ConfigProblem::key).containsExactlyInAnyOrder("globe.base-url", "ccv.base-url");
        String message = new ConfigurationGuard.InvalidConfigurationException(problems).getMessage();
        assertThat(message).contains("GLOBE_BASE_URL").contains("CCV_BASE_URL").contains("absolute http(s) URL");
        assertThat(message).doesNotContain("s3cr3t-value").doesNotContain("globe-pass-value");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, String> env = new HashMap<>(Map.of("BRIDGE_SANDBOX_ENABLED", "false", "GLOBE_AUTH", "ntlm"));

        List<ConfigProblem> problems = problems(env);

        assertThat(problems).extracting(ConfigProblem::key).containsExactlyInAnyOrder("ccv.base-url", "ccv.public-key",
                "ccv.secret-key", "globe.base-url", "globe.server-name", "globe.database-name", "globe.username",
                "globe.password", "globe.domain");
    }

    @Test
    void sandboxIsTheDefaultOnlyWhenNoVendorUrlIsSet() {
        SmallRyeConfig empty = config(Map.of());
        assertThat(ConfigurationCheck.sandboxEnabled(empty.getConfigMapping(BridgeConfig.class),
                empty.getConfigMapping(CcvConfig.class), empty.getConfigMapping(GlobeConfig.class))).isTrue();
        assertThat(problems(Map.of())).isEmpty();

        Map<String, String> env = realSystems();
        env.remove("BRIDGE_SANDBOX_ENABLED");
        SmallRyeConfig real = config(env);
        assertThat(ConfigurationCheck.sandboxEnabled(real.getConfigMapping(BridgeConfig.class),
                real.getConfigMapping(CcvConfig.class), real.getConfigMapping(GlobeConfig.class))).isFalse();
    }

    @Test
    void negativeIntervalAndOutOfRangeValuesFailWithTheirKeys() {
        Map<String, String> env = realSystems();
        env.put("BRIDGE_RETENTION_INTERVAL", "-5s");
        env.put("BRIDGE_RETRY_MAX_REDELIVERIES", "-1");
        env.put("BRIDGE_RETENTION_ACTIVITY_DAYS", "0");

        assertThatThrownBy(() -> config(env))
                .isInstanceOf(ConfigValidationException.class)
                .satisfies(e -> {
                    ConfigValidationException cve = (ConfigValidationException) e;
                    StringBuilder all = new StringBuilder();
                    for (int i = 0; i < cve.getProblemCount(); i++) {
                        all.append(cve.getProblem(i).getMessage()).append('\n');
                    }
                    assertThat(cve.getProblemCount()).isEqualTo(3);
                    assertThat(all.toString()).contains("bridge.retention.interval").contains("bridge.retry.max-redeliveries")
                            .contains("bridge.retention.activity-days")
                            .contains("env BRIDGE_RETENTION_INTERVAL").contains("env BRIDGE_RETRY_MAX_REDELIVERIES");
                });
    }

    @Test
    void wrongAuthValueNamesTheKey() {
        Map<String, String> env = realSystems();
        env.put("GLOBE_AUTH", "kerberos");

        assertThatThrownBy(() -> config(env)).hasMessageContaining("globe.auth");
    }
}
