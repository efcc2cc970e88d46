package com.ccvglobe.bridge.articles;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Test profile: the articles link-up switched on (in the sandbox it is off by default). */
public class LinkUpOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bridge.articles.link-up", "on");
    }
}
