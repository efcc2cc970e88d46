package com.ccvglobe.bridge.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link PictureServer} and points the articles flow's URL picture source at it. */
public class PictureServerResource implements QuarkusTestResourceLifecycleManager {

    static volatile PictureServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = new PictureServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("bridge.articles.image.source", "url",
                "bridge.articles.image.url-pattern", server.base() + "/items/{item-code}");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
