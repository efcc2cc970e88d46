package com.ccvglobe.bridge.orders;

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

/** {@code bridge.orders.status-sync.track-and-trace-field}: entity and field, checked against PU415 at start-up. */
class TrackAndTraceFieldTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static OrdersConfig config(Map<String, String> env) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300))
                .withConverter(Duration.class, 200, new DurationConverter()).withMapping(OrdersConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR).build();
        return config.getConfigMapping(OrdersConfig.class);
    }

    @Test
    void entityAndFieldOrABareDeliveryNoteField() {
        assertThat(TrackAndTraceField.parse("SalesOrderHeader.FreeField1"))
                .isEqualTo(new TrackAndTraceField("SalesOrderHeader", "FreeField1"));
        assertThat(TrackAndTraceField.parse("OrderHistoryHeader.AdditionalField01"))
                .isEqualTo(new TrackAndTraceField("OrderHistoryHeader", "AdditionalField01"));
        assertThat(TrackAndTraceField.parse("DeliveryNoteNumber"))
                .isEqualTo(new TrackAndTraceField("OrderHistoryHeader", "DeliveryNoteNumber"));
    }

    @Test
    void aFieldPu415DoesNotHaveIsRefusedWithTheNearestOne() {
        assertThatThrownBy(() -> TrackAndTraceField.parse("SalesOrderHeader.Freefield1"))
                .hasMessageContaining("'Freefield1' is not a field of Globe SalesOrderHeader (did you mean 'FreeField1'?)");
        assertThatThrownBy(() -> TrackAndTraceField.parse("FreeField1")).as("the delivery note has no free field")
                .hasMessageContaining("'FreeField1' is not a field of Globe OrderHistoryHeader");
        assertThatThrownBy(() -> TrackAndTraceField.parse("OrderHistoryHeader.AdditionalFeld01"))
                .hasMessageContaining("did you mean 'AdditionalField01'?");
        assertThatThrownBy(() -> TrackAndTraceField.parse("salesorderheader.FreeField1"))
                .hasMessageContaining("did you mean 'SalesOrderHeader.FreeField1'?");
        assertThatThrownBy(() -> TrackAndTraceField.parse("SalesOrderHeader.AdditionalDateField01"))
                .hasMessageContaining("is a Date field");
        assertThatThrownBy(() -> TrackAndTraceField.parse("Item.TextFreeField1"))
                .hasMessageContaining("SalesOrderHeader, OrderHistoryHeader, InvoiceHistoryHeader");
    }

    @Test
    void startUpStopsOnAWrongFieldNamingTheKeyAndTheSuggestion() {
        assertThatThrownBy(() -> config(Map.of("BRIDGE_ORDERS_STATUS_SYNC_TRACK_AND_TRACE_FIELD", "SalesOrderHeader.FreeFeld1")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("bridge.orders.status-sync.track-and-trace-field")
                .hasMessageContaining("did you mean 'FreeField1'?");
        OrdersConfig good = config(Map.of("BRIDGE_ORDERS_STATUS_SYNC_TRACK_AND_TRACE_FIELD", "SalesOrderHeader.FreeField1"));
        assertThat(good.statusSync().trackAndTraceField()).contains("SalesOrderHeader.FreeField1");
        assertThat(good.statusSync().trackAndTraceWait()).isEqualTo(Duration.ofDays(7));
        assertThat(config(Map.of()).statusSync().trackAndTraceField()).isEmpty();
    }
}
