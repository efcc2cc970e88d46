package com.ccvglobe.bridge.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
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

/** {@code bridge.customers.*} from environment variables, through the mapping and validator the app uses. */
class CustomersConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static CustomersConfig config(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 200, new DurationConverter()).withMapping(CustomersConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR).build();
        return config.getConfigMapping(CustomersConfig.class);
    }

    @Test
    void defaultsAndOverrides() {
        CustomersConfig defaults = config(Map.of());
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.approvalStatus()).isEqualTo("accepted");
        assertThat(defaults.updateExisting()).isFalse();

        CustomersConfig set = config(Map.of("BRIDGE_CUSTOMERS_APPROVAL_STATUS", "any", "BRIDGE_CUSTOMERS_POLL_INTERVAL", "1h",
                "BRIDGE_CUSTOMERS_UPDATE_EXISTING", "true"));
        assertThat(set.approvalStatus()).isEqualTo("any");
        assertThat(set.pollInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(set.updateExisting()).isTrue();
    }

    @Test
    void anUnknownApprovalStatusIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("BRIDGE_CUSTOMERS_APPROVAL_STATUS", "approved")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("bridge.customers.approval-status").hasMessageContaining("accepted, pending or any");
    }
}
