package com.ccvglobe.bridge.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;

/** bridge.privacy.link-key: optional; when set, long enough to be a key, and refused without showing its value. */
class PrivacyConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static PrivacyConfig config(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300))
                .withMapping(PrivacyConfig.class).withValidator((BeanValidationConfigValidator) () -> VALIDATOR).build();
        return config.getConfigMapping(PrivacyConfig.class);
    }

    @Test
    void theKeyIsOptionalAndAtLeastSixteenCharacters() {
        assertThat(config(Map.of()).linkKey()).isEmpty();
        assertThat(config(Map.of("BRIDGE_PRIVACY_LINK_KEY", "0123456789abcdef")).linkKey()).contains("0123456789abcdef");
        assertThatThrownBy(() -> config(Map.of("BRIDGE_PRIVACY_LINK_KEY", "tooShortSecret")))
                .isInstanceOf(ConfigValidationException.class)
                .satisfies(e -> assertThat(((ConfigValidationException) e).getProblem(0).getMessage())
                        .contains("bridge.privacy.link-key", "at least 16 characters", "BRIDGE_PRIVACY_LINK_KEY")
                        .doesNotContain("tooShortSecret"));
    }
}
