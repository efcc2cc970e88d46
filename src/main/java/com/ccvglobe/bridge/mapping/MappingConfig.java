package com.ccvglobe.bridge.mapping;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code bridge.mapping.*}: how the user's mapping file ({@code bridge.mapping-file}) is watched. */
@ConfigMapping(prefix = "bridge.mapping")
public interface MappingConfig {

    /** How often the user's mapping file is checked for changes. */
    @WithDefault("2s")
    @DurationMin(millis = 100, message = "must be at least 100ms, e.g. 2s")
    Duration reloadInterval();
}
